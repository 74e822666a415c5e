package wirewatch.alert;

import static java.lang.System.Logger.Level.DEBUG;
import static java.lang.System.Logger.Level.INFO;
import static java.lang.System.Logger.Level.WARNING;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import wirewatch.config.AlertSpec;
import wirewatch.store.Delivery;
import wirewatch.store.Outbox;

/**
 * Takes the oldest delivery a hook owes, runs the hook if that delivery is due, and records the outcome in the
 * outbox: done after exit 0; otherwise retried after a growing delay, and once {@code retries} retries have failed,
 * failed for good with the error. Only ever the oldest: a later event waits while an earlier one is retried, so a
 * hook sees its events in the order they happened. Thread-safe as long as one lane is served by one thread at a
 * time.
 */
final class Courier {
    private static final System.Logger LOG = System.getLogger(Courier.class.getName());
    /** Asks the outbox for the oldest delivery whatever its retry time: later ones must not overtake it. */
    private static final Instant ANY_TIME = Instant.parse("9999-12-31T00:00:00Z");

    /** What one look at a lane found: it delivered (or gave up on) one event, it must wait until a time, or idle. */
    record Step(boolean delivered, @Nullable Instant waitUntil) {
        static final Step IDLE = new Step(false, null);
        static final Step DELIVERED = new Step(true, null);

        static Step waitUntil(Instant when) {
            return new Step(false, when);
        }
    }

    private final Outbox outbox;
    private final HookRunner runner;
    private final Clock clock;
    private final HookOptions options;

    Courier(Outbox outbox, HookRunner runner, Clock clock, HookOptions options) {
        this.outbox = outbox;
        this.runner = runner;
        this.clock = clock;
        this.options = options;
    }

    /** Whether the lane still owes anything, due now or later. */
    boolean owes(Lane lane) {
        return !outbox.pendingDeliveries(lane.key(), ANY_TIME, 1).isEmpty();
    }

    Step deliverNext(Lane lane) throws InterruptedException {
        List<Delivery> head = outbox.pendingDeliveries(lane.key(), ANY_TIME, 1);
        if (head.isEmpty()) {
            return Step.IDLE;
        }
        Delivery delivery = head.get(0);
        Instant due = delivery.nextAttempt();
        if (due != null && due.isAfter(clock.instant())) {
            return Step.waitUntil(due);
        }
        HookInput input;
        try {
            input = HookInput.parse(delivery.json());
        } catch (JsonProcessingException e) {
            String error = "the stored event is not JSON: " + e.getOriginalMessage();
            outbox.deliveryFailed(lane.key(), delivery.seq(), error, null);
            LOG.log(WARNING, "{0}: event {1} failed for good: {2}", lane.label(), delivery.eventId(), error);
            return Step.DELIVERED;
        }
        HookOutcome outcome = runner.run(lane.spec(), input);
        record(lane, delivery, outcome);
        return Step.DELIVERED;
    }

    private void record(Lane lane, Delivery delivery, HookOutcome outcome) {
        AlertSpec spec = lane.spec();
        if (outcome.isSuccess()) {
            outbox.deliveryDone(lane.key(), delivery.seq());
            LOG.log(DEBUG, "{0}: delivered {1} {2} in {3} ms", lane.label(), delivery.type(), delivery.eventId(),
                    outcome.took().toMillis());
            return;
        }
        int failures = delivery.attempts() + 1;
        String error = outcome.describe(spec.timeout());
        if (failures > spec.retries()) {
            outbox.deliveryFailed(lane.key(), delivery.seq(), error, null);
            LOG.log(WARNING, "{0}: {1} {2} failed for good after {3} attempts: {4}", lane.label(), delivery.type(),
                    delivery.eventId(), failures, error);
            return;
        }
        Instant retryAt = clock.instant().plus(options.retryDelay(failures));
        outbox.deliveryFailed(lane.key(), delivery.seq(), error, retryAt);
        LOG.log(INFO, "{0}: {1} {2} failed (attempt {3} of {4}), retry at {5}: {6}", lane.label(), delivery.type(),
                delivery.eventId(), failures, spec.retries() + 1, retryAt, error);
    }
}
