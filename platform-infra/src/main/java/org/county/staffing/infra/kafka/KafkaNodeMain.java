package org.county.staffing.infra.kafka;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs one node of the local replicated cluster ({@code ./platform up --brokers 3}) as its own JVM,
 * so that stopping one node is stopping a process. Arguments:
 * {@code <data-dir> <node-id> <port> <controller-port> <voters> <cluster-size> <cluster-id>}.
 */
public final class KafkaNodeMain {

    private KafkaNodeMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 7) {
            System.err.println("usage: KafkaNodeMain <data-dir> <node-id> <port> <controller-port> <voters> <cluster-size> <cluster-id>");
            System.exit(2);
        }
        int nodeId = Integer.parseInt(args[1]);
        Map<String, String> config = KafkaCluster.nodeConfig(nodeId, args[4], Integer.parseInt(args[5]));
        KafkaBroker node = new KafkaBroker(Path.of(args[0]).toAbsolutePath(), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                config, args[6]);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.stop();
            stopped.countDown();
        }, "kafka-stop"));
        node.start();
        System.out.println("Kafka node " + nodeId + " ready on " + node.bootstrapServers());
        stopped.await();
    }
}
