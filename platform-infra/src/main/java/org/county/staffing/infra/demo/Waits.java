package org.county.staffing.infra.demo;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Waiting for the departments' read models to follow: the services learn each other's changes
 * from events, so a step that needs another department's data waits until that department's API
 * shows it, saying what it waits for when it takes a while.
 */
public final class Waits {

    private final Progress progress;

    public Waits(Progress progress) {
        this.progress = progress;
    }

    /** A condition with a description of what is still missing ({@code null} once it holds). */
    public void until(String what, Duration timeout, Supplier<String> missing) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long nextReport = start + Duration.ofSeconds(15).toNanos();
        long pause = 100;
        while (true) {
            String gap = missing.get();
            if (gap == null) {
                return;
            }
            long now = System.nanoTime();
            if (now > deadline) {
                throw new IllegalStateException("waited " + timeout.toSeconds() + " s for " + what + "; still " + gap);
            }
            if (now > nextReport) {
                progress.say("    waiting for " + what + " (" + (now - start) / 1_000_000_000 + " s): " + gap);
                nextReport = now + Duration.ofSeconds(15).toNanos();
            }
            Api.sleep(pause);
            pause = Math.min(1000, pause * 2);
        }
    }
}
