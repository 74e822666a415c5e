package wirewatch.tui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Short times for lists: "14:02" today, "Mar 13" on other days, in the zone the user reads. */
final class TimeLabel {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private final ZoneId zone;
    private final LocalDate today;

    TimeLabel(ZoneId zone, Instant now) {
        this.zone = zone;
        this.today = now.atZone(zone).toLocalDate();
    }

    String of(Instant when) {
        ZonedDateTime local = when.atZone(zone);
        return local.toLocalDate().equals(today) ? CLOCK.format(local) : DAY.format(local);
    }
}
