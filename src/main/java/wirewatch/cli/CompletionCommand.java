package wirewatch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wirewatch completion}: the shell completion script, made from the commands and options themselves. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print the completion script for bash or zsh (zsh runs it through bashcompinit). Load it "
                + "from your shell's start-up file: source <(wirewatch completion bash) in ~/.bashrc, "
                + "source <(wirewatch completion zsh) in ~/.zshrc."})
final class CompletionCommand implements Callable<Integer> {
    /** The shells the script works in, named as typed; zsh loads the bash script through its bashcompinit. */
    enum Shell { bash, zsh }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh")
    Shell shell;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // One script serves both: picocli's checks for $ZSH_VERSION and loads bashcompinit there.
        out.print(AutoComplete.bash("wirewatch", spec.root().commandLine()));
        out.flush();
        return 0;
    }
}
