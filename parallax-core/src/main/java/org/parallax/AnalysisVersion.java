package org.parallax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a stored analysis was made by: a fingerprint of the analysis code and data (every class and
 * resource of parallax-core, by content) and of the pipelines' steps. Stored analyses are keyed by it, so
 * after an upgrade that changes any stage they are recomputed rather than served stale, while a restart of
 * the same build loads them. Computed once per process (a few milliseconds). Thread-safe.
 */
final class AnalysisVersion {
    private static volatile String code;

    private AnalysisVersion() {
    }

    /** The fingerprint of this build of parallax-core plus the given step names. */
    static String of(List<String> articleSteps, List<String> storySteps) {
        return StoryIds.sha256(code() + "|" + ArticleCodec.FORMAT + "|" + articleSteps + "|" + storySteps).substring(0, 16);
    }

    private static String code() {
        String c = code;
        if (c == null) {
            c = fingerprint();
            code = c;
        }
        return c;
    }

    private static String fingerprint() {
        CodeSource source = Parallax.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "unknown";
        }
        try {
            Path where = Path.of(source.getLocation().toURI());
            StringBuilder all = new StringBuilder();
            if (Files.isDirectory(where)) {
                try (Stream<Path> files = Files.walk(where)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        CRC32 crc = new CRC32();
                        crc.update(Files.readAllBytes(f));
                        all.append(where.relativize(f)).append(':').append(crc.getValue()).append('\n');
                    }
                }
            } else {
                // a jar: the entries' checksums, not the file's bytes (rebuilding changes timestamps only)
                try (ZipFile jar = new ZipFile(where.toFile())) {
                    Enumeration<? extends ZipEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        ZipEntry e = entries.nextElement();
                        if (!e.isDirectory() && !e.getName().startsWith("META-INF/")) {
                            all.append(e.getName()).append(':').append(e.getCrc()).append('\n');
                        }
                    }
                }
            }
            return StoryIds.sha256(all.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the analysis code to fingerprint it", e);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "unknown";
        }
    }
}
