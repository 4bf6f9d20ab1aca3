package org.county.staffing.infra.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A service's role matrix, read from {@code role-matrix.csv} on its classpath: one line per
 * endpoint, {@code METHOD,/path/{param},role role ...,scope}. The scope says which path
 * parameter binds a school or teacher user to its own record: {@code school:<param>},
 * {@code teacher:<param>}, or empty (county-wide).
 */
public record RoleMatrix(List<Entry> entries) {

    public static final List<String> ROLES = List.of("staffing-office", "hr", "education-bureau", "school", "teacher", "auditor", "province");

    public record Entry(String method, String path, Set<String> roles, String scopeKind, String scopeParam) {

        public String key() {
            return method + " " + path;
        }

        public boolean schoolScoped() {
            return "school".equals(scopeKind);
        }

        public boolean teacherScoped() {
            return "teacher".equals(scopeKind);
        }

        @Override
        public String toString() {
            return key();
        }
    }

    public static RoleMatrix load(String resource) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the classpath");
        }
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.trim();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.toLowerCase(Locale.ROOT).startsWith("method,")) {
                    continue;
                }
                String[] cells = trimmed.split(",", -1);
                if (cells.length < 3) {
                    throw new IllegalStateException(resource + ":" + number + " needs method,path,roles[,scope]");
                }
                Set<String> roles = new LinkedHashSet<>(Arrays.asList(cells[2].trim().split("\\s+")));
                for (String role : roles) {
                    if (!ROLES.contains(role)) {
                        throw new IllegalStateException(resource + ":" + number + " names unknown role " + role);
                    }
                }
                String scope = cells.length > 3 ? cells[3].trim() : "";
                String kind = scope.isEmpty() ? "" : scope.substring(0, scope.indexOf(':'));
                String param = scope.isEmpty() ? "" : scope.substring(scope.indexOf(':') + 1);
                entries.add(new Entry(cells[0].trim().toUpperCase(Locale.ROOT), cells[1].trim(), roles, kind, param));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new RoleMatrix(List.copyOf(entries));
    }
}
