package org.county.staffing.infra.bench;

import java.time.Duration;
import java.util.Optional;

/**
 * CPU time a process and its children have used (user and system, as the kernel counts it). On a
 * busy machine requests per second depend on what else runs; the CPU time one request costs the
 * service and the database does much less, so the benchmark prints both.
 */
public final class CpuMeter {

    private final Optional<ProcessHandle> process;

    public CpuMeter(Optional<ProcessHandle> process) {
        this.process = process;
    }

    /** Nanoseconds of CPU so far, the process's and its descendants' (PostgreSQL's backends); 0 when it does not run. */
    public long nanos() {
        if (process.isEmpty()) {
            return 0;
        }
        long total = cpu(process.get());
        total += process.get().descendants().mapToLong(CpuMeter::cpu).sum();
        return total;
    }

    private static long cpu(ProcessHandle handle) {
        return handle.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
}
