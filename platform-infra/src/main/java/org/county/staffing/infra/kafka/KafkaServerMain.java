package org.county.staffing.infra.kafka;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the single-node KRaft broker as its own JVM (the local platform's Kafka).
 * Arguments: {@code <data-dir> <port> <controller-port> [topic ...]}.
 */
public final class KafkaServerMain {

    private KafkaServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 3) {
            System.err.println("usage: KafkaServerMain <data-dir> <port> <controller-port> [topic ...]");
            System.exit(2);
        }
        KafkaBroker broker = KafkaBroker.at(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.stop();
            stopped.countDown();
        }, "kafka-stop"));
        broker.start();
        if (args.length > 3) {
            broker.createTopics(List.of(args).subList(3, args.length), 3);
        }
        System.out.println("Kafka broker ready on " + broker.bootstrapServers());
        stopped.await();
    }
}
