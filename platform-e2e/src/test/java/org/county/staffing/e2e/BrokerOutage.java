package org.county.staffing.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.county.staffing.infra.demo.Api;
import org.county.staffing.infra.demo.Progress;

/**
 * A broker (or one node of a cluster) stopped in the middle of a cycle and started again in the
 * background after a while, as the fault-tolerance tests inject it: when it went and when it was back.
 */
public final class BrokerOutage {

    /** When it was told to stop, when it had stopped, when it was started again. */
    private volatile Instant stopping;
    private volatile Instant down;
    private volatile Instant up;
    private final List<CompletableFuture<Void>> back = new ArrayList<>();

    /** Stops the broker now ({@code what} names it in the progress) and starts it again {@code away} later. */
    public void begin(Progress progress, String what, Duration away, Runnable stop, Runnable start) {
        progress.say("FAULT: " + what + " stops for " + away.toSeconds() + " s");
        stopping = Instant.now();
        stop.run();
        down = Instant.now();
        back.add(CompletableFuture.runAsync(() -> {
            Api.sleep(away.toMillis());
            start.run();
            up = Instant.now();
            progress.say("FAULT: " + what + " is back");
        }));
    }

    /** When the broker was stopped and when it was started again (after {@link #awaitBack()}). */
    public Instant[] window() {
        return new Instant[] {stopping, up};
    }

    /** Waits until the broker is started again; how long it was away (zero if it never stopped). */
    public Duration awaitBack() {
        back.forEach(CompletableFuture::join);
        return back.isEmpty() ? Duration.ZERO : Duration.between(down, up);
    }
}
