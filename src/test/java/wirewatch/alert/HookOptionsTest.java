package wirewatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HookOptionsTest {
    private final HookOptions defaults = HookOptions.defaults(Path.of("spool"));

    @Test
    void retryDelayDoublesFromOneSecond() {
        assertEquals(Duration.ofSeconds(1), defaults.retryDelay(1));
        assertEquals(Duration.ofSeconds(2), defaults.retryDelay(2));
        assertEquals(Duration.ofSeconds(16), defaults.retryDelay(5));
    }

    @Test
    void retryDelayStopsGrowingAtItsCap() {
        assertEquals(Duration.ofSeconds(256), defaults.retryDelay(9));
        assertEquals(Duration.ofMinutes(5), defaults.retryDelay(10));
        assertEquals(Duration.ofMinutes(5), defaults.retryDelay(1_000));
    }

    @Test
    void zeroProcessesIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> defaults.withMaxProcesses(0));
        assertEquals("maxProcesses must be at least 1, was 0", e.getMessage());
    }
}
