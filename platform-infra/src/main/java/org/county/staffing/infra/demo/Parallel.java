package org.county.staffing.infra.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small pool of concurrent requests: the services serve several at a time, and on two cores a
 * handful in flight keeps them busy without drowning them. The first failure fails the batch.
 */
public final class Parallel implements AutoCloseable {

    private final ExecutorService pool;

    public Parallel(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "county-requests");
            t.setDaemon(true);
            return t;
        });
    }

    public <T, R> List<R> map(List<T> items, Function<T, R> work) {
        List<Future<R>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(pool.submit(() -> work.apply(item)));
        }
        List<R> results = new ArrayList<>();
        RuntimeException failure = null;
        for (Future<R> f : futures) {
            try {
                results.add(f.get());
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    futures.forEach(other -> other.cancel(false));
                }
            } catch (java.util.concurrent.CancellationException e) {
                // cancelled after an earlier failure
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return results;
    }

    public <T> void each(List<T> items, Consumer<T> work) {
        map(items, item -> {
            work.accept(item);
            return null;
        });
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
