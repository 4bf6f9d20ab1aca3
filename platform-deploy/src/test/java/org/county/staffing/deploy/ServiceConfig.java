package org.county.staffing.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A module's own configuration as it runs in production: the backbone's defaults (services only),
 * then its application.properties, {@code %prod.} keys winning and other profiles left out.
 */
record ServiceConfig(String module, Map<String, String> properties) {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}:]+)(:[^}]*)?}");
    /** Values a deployment must replace: addresses on the developer's machine, logins and keys. */
    private static final Pattern SENSITIVE_KEY = Pattern.compile("(?i).*(password|username|secret|[.-]key)$");

    static List<ServiceConfig> all() throws IOException {
        List<ServiceConfig> configs = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Repository.ROOT)) {
            for (Path module : modules.sorted().toList()) {
                String name = module.getFileName().toString();
                Path properties = module.resolve("src/main/resources/application.properties");
                if ((name.endsWith("-service") || name.equals("console")) && Files.exists(properties)) {
                    configs.add(load(name));
                }
            }
        }
        return configs;
    }

    static ServiceConfig load(String module) throws IOException {
        Map<String, String> merged = new LinkedHashMap<>();
        if (module.endsWith("-service")) {
            read(Repository.ROOT.resolve("platform-backbone/src/main/resources/META-INF/microprofile-config.properties"), merged);
        }
        read(Repository.ROOT.resolve(module).resolve("src/main/resources/application.properties"), merged);
        return new ServiceConfig(module, merged);
    }

    private static void read(Path file, Map<String, String> into) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        Map<String, String> prod = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%prod.")) {
                prod.put(key.substring("%prod.".length()), properties.getProperty(key));
            } else if (!key.startsWith("%")) {
                into.put(key, properties.getProperty(key));
            }
        }
        into.putAll(prod);
    }

    boolean isService() {
        return module.endsWith("-service");
    }

    /** A value with its ${...} references resolved against this configuration (environment variables left as they are). */
    String get(String key) {
        String value = properties.get(key);
        if (value == null) {
            return null;
        }
        Matcher matcher = REFERENCE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String inner = properties.containsKey(matcher.group(1)) ? get(matcher.group(1)) : matcher.group(0);
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(inner));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    int httpPort() {
        return Integer.parseInt(properties.getOrDefault("quarkus.http.port", "8080"));
    }

    /** Environment variables a deployment must set: those referenced without a default, and those replacing development values. */
    Set<String> requiredEnvironment() {
        Set<String> required = new TreeSet<>();
        properties.forEach((key, value) -> {
            Matcher matcher = REFERENCE.matcher(value);
            while (matcher.find()) {
                if (matcher.group(1).matches("[A-Z][A-Z0-9_]*") && matcher.group(2) == null) {
                    required.add(matcher.group(1));
                }
            }
            if (value.contains("localhost") || value.contains("127.0.0.1") || SENSITIVE_KEY.matcher(key).matches()) {
                required.add(environmentName(key));
            }
        });
        return required;
    }

    List<String> followedTopics() {
        String topics = get("mp.messaging.incoming.events.topics");
        return topics == null ? List.of() : List.of(topics.split("\\s*,\\s*"));
    }

    String consumerGroup() {
        return get("mp.messaging.incoming.events.group.id");
    }

    String deadLetterTopic() {
        return get("mp.messaging.incoming.events.dead-letter-queue.topic");
    }

    /** The topic the outbox publishes to: backbone.topic, or quota-service -> quota.events. */
    String publishedTopic() {
        String configured = get("backbone.topic");
        String service = get("backbone.service-name");
        return configured != null ? configured : service.replaceFirst("-service$", "") + ".events";
    }

    /** The database named by the development JDBC URL (jdbc:postgresql://localhost:5432/quota -> quota). */
    String databaseName() {
        String url = get("quarkus.datasource.jdbc.url");
        return url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*$", "");
    }

    /** MicroProfile Config's environment name of a property: non-alphanumerics to '_', upper case. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
