package org.county.staffing.infra.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the HTTP load generator {@code wrk} (installed with {@code apt-get install -y wrk}):
 * a fixed number of connections and threads for a fixed time against one URL, with an optional
 * header; the result is read from wrk's own summary.
 */
public final class Wrk {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("\\n\\s*99(?:\\.000)?%\\s+([0-9.]+)(us|ms|s)\\b");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in ");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    /** What one run measured: requests per second, the 99th percentile latency, and what went wrong. */
    public record Result(double requestsPerSecond, double p99Millis, long requests, long non2xx, long socketErrors) {

        /** Every request answered 2xx or 3xx, none lost. */
        public boolean clean() {
            return non2xx == 0 && socketErrors == 0;
        }
    }

    private final int threads;
    private final int connections;

    public Wrk(int threads, int connections) {
        this.threads = threads;
        this.connections = connections;
    }

    public static boolean installed() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor();
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs wrk for {@code seconds} against {@code url}; {@code authorization} may be null. */
    public Result run(String url, String authorization, int seconds) {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--timeout", "10s", "--latency"));
        if (authorization != null) {
            command.addAll(List.of("-H", "Authorization: " + authorization));
        }
        command.add(url);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = p.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("wrk exited " + exit + " for " + url + ": " + output);
            }
            return parse(output);
        } catch (IOException e) {
            throw new IllegalStateException("wrk could not run (apt-get install -y wrk)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Reads wrk's summary (run with {@code --latency}). */
    public static Result parse(String output) {
        Matcher rate = RATE.matcher(output);
        Matcher p99 = P99.matcher(output);
        Matcher total = TOTAL.matcher(output);
        if (!rate.find() || !p99.find() || !total.find()) {
            throw new IllegalArgumentException("not a wrk --latency summary: " + output);
        }
        double value = Double.parseDouble(p99.group(1));
        double millis = switch (p99.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
        Matcher non2xx = NON_2XX.matcher(output);
        Matcher socket = SOCKET_ERRORS.matcher(output);
        long errors = 0;
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        return new Result(Double.parseDouble(rate.group(1)), millis, Long.parseLong(total.group(1)),
                non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, errors);
    }
}
