package org.county.staffing.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The secrets deploy/kubernetes/create-secrets.sh makes, and their keys (read from its make_secret lines). */
final class Secrets {

    /** Made outside the script: the Ingress certificate, and Keycloak's first admin (by its operator). */
    static final Set<String> MADE_ELSEWHERE = Set.of("staffing-tls", "keycloak-initial-admin");

    private Secrets() {
    }

    static Map<String, Set<String>> created() throws IOException {
        String script = Files.readString(Repository.KUBERNETES.resolve("create-secrets.sh")).replace("\\\n", " ");
        Map<String, Set<String>> secrets = new LinkedHashMap<>();
        for (String line : script.split("\n")) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("make_secret ")) {
                continue;
            }
            String[] words = trimmed.split("\\s+");
            Set<String> keys = new TreeSet<>();
            for (int i = 3; i < words.length; i++) {
                String word = words[i].replace("\"", "");
                if (word.contains("=") && !word.startsWith("$")) {
                    keys.add(word.substring(0, word.indexOf('=')));
                }
            }
            secrets.put(words[1], keys);
        }
        return secrets;
    }
}
