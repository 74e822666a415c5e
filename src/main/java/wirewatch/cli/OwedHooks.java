package wirewatch.cli;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import wirewatch.config.AlertSpec;
import wirewatch.feed.TextCleaner;
import wirewatch.store.HookBacklog;

/**
 * What the outbox owes each hook, told apart by whether a configured alert still receives it. A backlog belongs to
 * an alert by the alert's name, or by the key versions before named hooks gave it (moved to the name when hooks
 * next run); any other is owed to a hook that is no longer configured. Immutable.
 */
final class OwedHooks {
    /** One hook's backlog and the configured alert it belongs to; {@code alert} is null for a removed hook. */
    record Owed(HookBacklog backlog, @Nullable AlertSpec alert) {
        /** The hook as the user sees and types it: its name, or an old key made printable. */
        String shown() {
            return OwedHooks.shown(backlog.hook());
        }

        boolean isRemoved() {
            return alert == null;
        }

        String describe() {
            return backlog.pending() + " pending, " + backlog.failed() + " failed; oldest: " + backlog.oldestType()
                    + " " + TextCleaner.clean(backlog.oldestEventId()) + " of " + backlog.oldestTime();
        }
    }

    private final List<Owed> owed;

    private OwedHooks(List<Owed> owed) {
        this.owed = List.copyOf(owed);
    }

    static OwedHooks of(List<AlertSpec> alerts, List<HookBacklog> backlogs) {
        return new OwedHooks(backlogs.stream().map(b -> new Owed(b, alerts.stream()
                .filter(a -> a.name().equals(b.hook()) || a.legacyKey().equals(b.hook()))
                .findFirst().orElse(null))).toList());
    }

    List<Owed> all() {
        return owed;
    }

    List<Owed> removed() {
        return owed.stream().filter(Owed::isRemoved).toList();
    }

    /** The backlogs of the hook the user named: a configured hook's name, or a removed hook as {@link #shown}. */
    List<Owed> named(String name) {
        return owed.stream().filter(o -> o.alert() != null ? o.alert().name().equals(name)
                : o.shown().equals(name) || o.backlog().hook().equals(name)).toList();
    }

    /** Keys of removed hooks, as the user can type them; for messages. */
    Optional<String> removedList() {
        List<String> shown = removed().stream().map(o -> "'" + o.shown() + "'").toList();
        return shown.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", shown));
    }

    /** An outbox key made printable: old keys hold NULs between the words of a command. */
    static String shown(String key) {
        return TextCleaner.clean(key.replace('\0', ' '));
    }
}
