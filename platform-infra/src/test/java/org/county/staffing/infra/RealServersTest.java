package org.county.staffing.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.county.staffing.infra.kafka.KafkaBroker;
import org.county.staffing.infra.postgres.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealServersTest {

    @TempDir
    Path dir;

    @Test
    void postgresServesAPerServiceDatabase() throws Exception {
        try (PostgresServer pg = PostgresServer.start(dir.resolve("pg"), 0, true, true)) {
            pg.ensureDatabase("quota", "quota", "quota");
            pg.ensureDatabase("quota", "quota", "quota");
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("quota"), "quota", "quota");
                 ResultSet rs = c.createStatement().executeQuery("select current_database(), current_user")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("quota");
                assertThat(rs.getString(2)).isEqualTo("quota");
            }
            assertThat(pg.postmasterPid()).isPresent();
        }
    }

    @Test
    void kafkaKeepsRecordsAcrossARestartAndServesConsumerGroups() {
        try (KafkaBroker broker = KafkaBroker.at(dir.resolve("kafka"), 0)) {
            broker.start();
            broker.createTopics(List.of("smoke.events"), 3);
            send(broker, "before-restart");
            broker.stop();
            broker.start();
            send(broker, "after-restart");

            Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            props.put(ConsumerConfig.GROUP_ID_CONFIG, "smoke");
            props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            List<String> seen = new ArrayList<>();
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("smoke.events"));
                long deadline = System.currentTimeMillis() + 30_000;
                while (seen.size() < 2 && System.currentTimeMillis() < deadline) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                        seen.add(r.value());
                    }
                }
            }
            assertThat(seen).containsExactly("before-restart", "after-restart");
        }
    }

    private static void send(KafkaBroker broker, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("smoke.events", "k", value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
