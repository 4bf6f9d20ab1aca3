package org.county.staffing.infra.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Unpacks a distribution zip (one top folder) into a directory, atomically. */
public final class Unzip {

    private Unzip() {
    }

    public static void withoutTopFolder(Path zip, Path target) throws IOException {
        Path staging = target.resolveSibling(target.getFileName() + ".unpacking");
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                if (name.isEmpty()) {
                    continue;
                }
                Path out = staging.resolve(name).normalize();
                if (!out.startsWith(staging)) {
                    throw new IOException("unsafe entry " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = archive.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (name.endsWith(".sh")) {
                        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
        }
        Files.createDirectories(target.getParent());
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
