package org.county.staffing.infra.demo;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Progress as the demo goes: one line per event with the time since the start, and for long
 * loops a count now and then (every tenth, at most every few seconds).
 */
public final class Progress {

    private final PrintStream out;
    private final long start;
    private final String prefix;

    public Progress(PrintStream out) {
        this(out, System.nanoTime(), "");
    }

    private Progress(PrintStream out, long start, String prefix) {
        this.out = out;
        this.start = start;
        this.prefix = prefix;
    }

    /** The same clock and output, each line marked with {@code label} (counties run side by side). */
    public Progress labelled(String label) {
        return new Progress(out, start, prefix + label + " ");
    }

    public static Progress silent() {
        return new Progress(new PrintStream(java.io.OutputStream.nullOutputStream()));
    }

    public double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    public synchronized void say(String message) {
        synchronized (out) {
            out.printf("[%6.1fs] %s%s%n", seconds(), prefix, message);
        }
        out.flush();
    }

    /** A counter for {@code total} items of one kind that reports as it goes. */
    public Counter counter(String what, int total) {
        return new Counter(what, total);
    }

    public final class Counter {
        private final String what;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();
        private volatile long lastReport = System.nanoTime();
        private volatile int lastTenth;

        Counter(String what, int total) {
            this.what = what;
            this.total = total;
        }

        public void tick() {
            int now = done.incrementAndGet();
            int tenth = total == 0 ? 10 : now * 10 / total;
            long t = System.nanoTime();
            if (now == total || (tenth > lastTenth && t - lastReport > 3_000_000_000L)) {
                synchronized (this) {
                    if (now == total || tenth > lastTenth) {
                        lastTenth = tenth;
                        lastReport = t;
                        say("    " + what + ": " + now + " / " + total);
                    }
                }
            }
        }

        public int done() {
            return done.get();
        }
    }
}
