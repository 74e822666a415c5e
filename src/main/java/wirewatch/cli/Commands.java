package wirewatch.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Which of wirewatch's commands a command line needs. picocli reads every command's annotations when it is added,
 * which is a good part of a start; a command line that names its command is built with that one only, and anything
 * else (no command, an unknown or misspelt one, help, {@code completion}) gets them all ({@link WirewatchTree}), so
 * usage, suggestions and completion see the whole tree.
 */
final class Commands {
    /** Every command by name, in {@link WirewatchTree}'s order. */
    static final Map<String, Class<?>> ALL = all();
    /** Commands that read the whole tree. */
    private static final Set<String> NEED_ALL = Set.of("help", "completion");

    private Commands() {
    }

    private static Map<String, Class<?>> all() {
        Map<String, Class<?>> all = new LinkedHashMap<>();
        for (Class<?> command : WirewatchTree.class.getAnnotation(Command.class).subcommands()) {
            all.put(command.getAnnotation(Command.class).name(), command);
        }
        return all;
    }

    /** Adds to {@code root} the commands {@code args} need: see {@link #needed}. */
    static void addTo(CommandLine root, List<String> args) {
        needed(root.getCommandSpec(), args).forEach(name -> root.addSubcommand(name, ALL.get(name)));
    }

    /**
     * The commands a command line needs: the one it names (the first argument that is neither an option of the
     * root nor an option's value); none when it has only the root's options (the dashboard, {@code --version});
     * all of them when it asks for help, names {@code help} or {@code completion}, or where the command is is not
     * clear (an unknown word or option).
     */
    static Set<String> needed(CommandSpec root, List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-") || arg.equals("-")) {
                return ALL.containsKey(arg) && !NEED_ALL.contains(arg) ? Set.of(arg) : ALL.keySet();
            }
            OptionSpec option = root.findOption(arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg);
            if (option == null || option.usageHelp()) {
                return ALL.keySet();
            }
            if (option.arity().max() > 0 && !arg.contains("=")) {
                i++;
            }
        }
        return Set.of();
    }
}
