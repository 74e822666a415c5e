package wirewatch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import wirewatch.config.NearestName;
import wirewatch.feed.TerminalText;

/**
 * Bad arguments: what is wrong, the command or option meant when the word is a likely typo, and where the usage is,
 * instead of the whole usage text. Exit code 2.
 */
final class BadUsage implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        err.println("wirewatch: " + TerminalText.strip(problem(e) + suggestion(e).map(s -> "; did you mean " + s + "?")
                .orElse("")));
        err.println("'" + name + " --help' shows the usage");
        err.flush();
        return ExitCode.USAGE;
    }

    /** A word at the command's place that names no command is an unknown command, not an "unmatched argument". */
    private static String problem(ParameterException e) {
        if (e instanceof UnmatchedArgumentException && isCommandWord(((UnmatchedArgumentException) e))) {
            String word = ((UnmatchedArgumentException) e).getUnmatched().get(0);
            return "'" + word + "' is not a " + e.getCommandLine().getCommandSpec().qualifiedName() + " command";
        }
        return e.getMessage();
    }

    private static boolean isCommandWord(UnmatchedArgumentException e) {
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        return !e.getUnmatched().isEmpty() && !spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()
                && !e.getUnmatched().get(0).startsWith("-");
    }

    /**
     * The likely meaning of the first unmatched word: the nearest name by edit distance, which catches swapped
     * letters ({@code tial}); picocli's own suggestions compare letter pairs and miss those.
     */
    private static Optional<String> suggestion(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException) || ((UnmatchedArgumentException) e).getUnmatched().isEmpty()) {
            return Optional.empty();
        }
        UnmatchedArgumentException unmatched = (UnmatchedArgumentException) e;
        String word = unmatched.getUnmatched().get(0);
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        List<String> known = new ArrayList<>();
        if (word.startsWith("-")) {
            spec.options().forEach(option -> known.addAll(List.of(option.names())));
        } else {
            known.addAll(spec.subcommands().keySet());
        }
        String typed = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
        return NearestName.to(typed, known).or(() -> unmatched.getSuggestions().stream().findFirst());
    }
}
