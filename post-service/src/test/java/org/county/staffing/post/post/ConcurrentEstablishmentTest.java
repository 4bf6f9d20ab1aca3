package org.county.staffing.post.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.post.Fixtures;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "post"))
class ConcurrentEstablishmentTest {

    static final int QUOTA = 20;
    static final int REQUESTS = 50;

    @TestHTTPResource("/")
    URL base;

    @Test
    void fiftyConcurrentCreationsNeverExceedTheQuota() throws Exception {
        String school = Fixtures.schoolWithQuota(QUOTA);
        String token = Fixtures.hr();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService threads = Executors.newFixedThreadPool(REQUESTS);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        try {
            for (int i = 0; i < REQUESTS; i++) {
                responses.add(CompletableFuture.supplyAsync(() -> {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "schools/" + school + "/posts"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(120))
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"category\":\"TEACHING\",\"subject\":\"MATHEMATICS\",\"count\":1}"))
                            .build();
                    try {
                        start.await();
                        return client.send(request, HttpResponse.BodyHandlers.ofString());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, threads));
            }
            start.countDown();
            CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).join();
        } finally {
            threads.shutdownNow();
        }

        Map<Integer, Long> byStatus = responses.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertThat(byStatus).containsOnlyKeys(201, 409);
        assertThat(byStatus.get(201)).isEqualTo(QUOTA);
        assertThat(byStatus.get(409)).isEqualTo(REQUESTS - QUOTA);
        Map<String, Long> refusals = responses.stream().map(CompletableFuture::join)
                .filter(r -> r.statusCode() == 409)
                .map(r -> Fixtures.read(r.body()).path("rule").asText())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(refusals).containsOnlyKeys("POSTS_WITHIN_QUOTA");

        JsonNode summary = Fixtures.summary(school);
        assertThat(summary.path("established").asInt()).isEqualTo(QUOTA);
        assertThat(summary.path("room").asInt()).isZero();
    }
}
