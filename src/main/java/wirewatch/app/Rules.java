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
            rules.add(compile(compiler, watch));
        }
        return rules;
    }

    /** One watch, or an ad-hoc query wrapped in a {@link WatchSpec}; errors name its place when it has one. */
    public static CompiledRule compile(WatchSpec watch) throws ConfigException {
        return compile(new RuleCompiler(), watch);
    }

    private static CompiledRule compile(RuleCompiler compiler, WatchSpec watch) throws ConfigException {
        try {
            return compiler.compile(watch);
        } catch (RuleException e) {
            throw ConfigException.at(watch.location(), e.getMessage() + "; fix the rule (see 'Watch rules' "
                    + "in the README)");
        }
    }
}
