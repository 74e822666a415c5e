package wirewatch.app;

import java.util.List;
import wirewatch.config.AlertSpec;
import wirewatch.event.Event;

/** Which hooks (by key) must receive an event, from the {@code alerts:} of feeds.yml. Immutable. */
final class EventRouting {
    private final List<AlertSpec> alerts;

    EventRouting(List<AlertSpec> alerts) {
        this.alerts = List.copyOf(alerts);
    }

    List<String> hooksFor(Event event) {
        return alerts.stream().filter(a -> a.wants(event.type(), event.watchName())).map(AlertSpec::name).toList();
    }
}
