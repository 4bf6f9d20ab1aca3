package org.county.staffing.infra.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** How long each step took and how many requests it made, for the report. */
public final class Timings {

    private final Api api;
    private final List<Step> steps = new ArrayList<>();

    public record Step(String name, double seconds, long requests) {
    }

    public Timings(Api api) {
        this.api = api;
    }

    public <T> T time(String name, Supplier<T> work) {
        long start = System.nanoTime();
        long before = api.requests();
        try {
            return work.get();
        } finally {
            synchronized (steps) {
                steps.add(new Step(name, (System.nanoTime() - start) / 1e9, api.requests() - before));
            }
        }
    }

    public void time(String name, Runnable work) {
        time(name, () -> {
            work.run();
            return null;
        });
    }

    /** A step measured elsewhere (the platform's start, the build). */
    public void record(String name, double seconds) {
        synchronized (steps) {
            steps.add(new Step(name, seconds, 0));
        }
    }

    public List<Step> steps() {
        synchronized (steps) {
            return List.copyOf(steps);
        }
    }
}
