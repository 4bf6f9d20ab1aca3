package org.county.staffing.infra.process;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A process the launcher started and later stops by PID. The PID file also records the process's
 * start time, so a stop never signals an unrelated process that reused the PID.
 */
public final class ManagedProcess {

    private final String name;
    private final Path pidFile;

    public ManagedProcess(Path runDir, String name) {
        this.name = name;
        this.pidFile = runDir.resolve(name + ".pid");
    }

    public String name() {
        return name;
    }

    /** Starts the command in its own session (Ctrl-C in the launcher's terminal does not reach it). */
    public long start(List<String> command, Map<String, String> environment, Path workDir, Path log) throws IOException {
        List<String> full = new ArrayList<>();
        if (new File("/usr/bin/setsid").canExecute()) {
            full.add("/usr/bin/setsid");
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        Process process = builder.start();
        record(process.toHandle());
        return process.pid();
    }

    /** Adopts a process started otherwise (the postmaster, which daemonizes itself). */
    public void adopt(long pid) throws IOException {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            throw new IOException(name + ": no process " + pid);
        }
        record(handle.get());
    }

    private void record(ProcessHandle handle) throws IOException {
        long started = handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        Files.createDirectories(pidFile.getParent());
        Files.writeString(pidFile, handle.pid() + " " + started + System.lineSeparator());
    }

    /** The running process this launcher started, if it still runs. */
    public Optional<ProcessHandle> running() {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            String[] parts = Files.readString(pidFile).trim().split("\\s+");
            long pid = Long.parseLong(parts[0]);
            long started = parts.length > 1 ? Long.parseLong(parts[1]) : 0L;
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(h -> started == 0L || h.info().startInstant().map(Instant::toEpochMilli).orElse(-1L) == started);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** TERM, then KILL after the grace period; removes the PID file. */
    public boolean stop(Duration grace) {
        Optional<ProcessHandle> handle = running();
        handle.ifPresent(h -> {
            h.destroy();
            try {
                h.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
                try {
                    h.onExit().get(5, TimeUnit.SECONDS);
                } catch (Exception ignored) {
                    // reported by the caller's status check
                }
            }
        });
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale PID file is harmless: running() checks the start time
        }
        return handle.isPresent();
    }
}
