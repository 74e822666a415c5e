package wirewatch.app;

import java.util.ArrayList;
import java.util.List;
import wirewatch.config.Config;
import wirewatch.config.ConfigException;
import wirewatch.config.WatchSpec;
import wirewatch.match.CompiledRule;
import wirewatch.match.RuleCompiler;
import wirewatch.match.RuleException;

/** Compiles the config's watches, turning a bad rule into a config error at the watch's place in feeds.yml. */
public final class Rules {
    private Rules() {
    }

    public static List<CompiledRule> compile(Config config) throws ConfigException {
        RuleCompiler compiler = new RuleCompiler();
        List<CompiledRule> rules = new ArrayList<>();
        for (WatchSpec watch : config.watches()) {
            try {
                rules.add(compiler.compile(watch));
            } catch (RuleException e) {
                throw ConfigException.at(watch.location(), e.getMessage() + "; fix the rule (see 'Watch rules' "
                        + "in the README)");
            }
        }
        return rules;
    }
}
