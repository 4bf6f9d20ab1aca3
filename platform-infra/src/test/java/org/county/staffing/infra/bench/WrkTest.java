package org.county.staffing.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WrkTest {

    private static final String SUMMARY = """
            Running 15s test @ http://localhost:8081/schools/1370683001/quota
              2 threads and 200 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency   180.21ms   60.10ms   1.20s    80.00%
                Req/Sec   560.00    100.00   800.00     70.00%
              Latency Distribution
                 50%  170.00ms
                 75%  200.00ms
                 90%  250.00ms
                 99%    1.05s
              16800 requests in 15.02s, 9.10MB read
              Socket errors: connect 0, read 0, write 0, timeout 3
              Non-2xx or 3xx responses: 12
            Requests/sec:   1118.51
            Transfer/sec:    620.00KB
            """;

    @Test
    void readsRateP99AndWhatWentWrong() {
        Wrk.Result r = Wrk.parse(SUMMARY);

        assertThat(r.requestsPerSecond()).isEqualTo(1118.51);
        assertThat(r.p99Millis()).isEqualTo(1050.0);
        assertThat(r.requests()).isEqualTo(16800);
        assertThat(r.non2xx()).isEqualTo(12);
        assertThat(r.socketErrors()).isEqualTo(3);
        assertThat(r.clean()).isFalse();
    }

    @Test
    void microsecondsAreConvertedAndACleanRunSaysSo() {
        String fast = SUMMARY.replace("99%    1.05s", "99%  850.00us")
                .replace("  Socket errors: connect 0, read 0, write 0, timeout 3\n", "")
                .replace("  Non-2xx or 3xx responses: 12\n", "");

        Wrk.Result r = Wrk.parse(fast);

        assertThat(r.p99Millis()).isEqualTo(0.85);
        assertThat(r.clean()).isTrue();
    }

    @Test
    void anOutputWithoutLatencyDistributionIsRefused() {
        assertThatThrownBy(() -> Wrk.parse("Requests/sec: 10\n")).isInstanceOf(IllegalArgumentException.class);
    }
}
