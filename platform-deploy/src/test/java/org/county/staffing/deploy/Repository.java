package org.county.staffing.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the repository is, and the rendered overlays. */
final class Repository {

    static final Path ROOT = locate();
    static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    static final List<String> OVERLAYS = List.of("county", "province");

    private Repository() {
    }

    static List<ObjectNode> render(String overlay) throws IOException {
        return Kustomize.build(KUBERNETES.resolve("overlays").resolve(overlay));
    }

    private static Path locate() {
        String configured = System.getProperty("deploy.root");
        Path start = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("deploy/kubernetes")) && Files.exists(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("deploy/kubernetes not found above " + start);
    }
}
