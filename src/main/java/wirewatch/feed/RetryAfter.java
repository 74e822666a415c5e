package wirewatch.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Reads {@code Retry-After} (RFC 9110 10.2.3): delay seconds or an HTTP date, turned into an instant. A deadline
 * further away than {@link #MAX_WAIT} is cut to it, so that a misconfigured or hostile server cannot silence a host
 * for days; a date in the past or a value that is neither form means no deadline.
 */
final class RetryAfter {
    static final Duration MAX_WAIT = Duration.ofHours(6);

    private RetryAfter() {
    }

    static Optional<Instant> from(Headers headers, Instant now) {
        String value = headers.get("Retry-After");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<Instant> until = seconds(value.trim()).map(now::plus).or(() -> date(headers));
        return until.filter(now::isBefore).map(u -> u.isAfter(now.plus(MAX_WAIT)) ? now.plus(MAX_WAIT) : u);
    }

    private static Optional<Duration> seconds(String value) {
        if (value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        } catch (NumberFormatException e) {
            // More digits than a long holds: far beyond MAX_WAIT anyway.
            return Optional.of(MAX_WAIT);
        }
    }

    private static Optional<Instant> date(Headers headers) {
        Date date = headers.getDate("Retry-After");
        return Optional.ofNullable(date).map(Date::toInstant);
    }
}
