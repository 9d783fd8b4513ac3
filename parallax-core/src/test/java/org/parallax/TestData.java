package org.parallax;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find their data: the repo's examples and fixtures, and ../shared when it is there. */
public final class TestData {
    private TestData() {
    }

    /** The repository root: the nearest folder upwards holding {@code examples/}. */
    public static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find the repository root (a folder with examples/)");
        }
        return p;
    }

    public static Path example(String story) {
        return repoRoot().resolve("examples").resolve(story);
    }

    /** {@code ../shared}, or the test is skipped when a user's clone does not have it. */
    public static Path shared() {
        Path shared = repoRoot().resolveSibling("shared");
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("seeds")), "../shared is absent: skipped");
        return shared;
    }

    public static Path seeds() {
        return shared().resolve("seeds");
    }

    /** A fixture under {@code src/test/resources/articles}. */
    public static Path fixture(String name) {
        Path p = Path.of("src/test/resources/articles").resolve(name).toAbsolutePath();
        if (!Files.exists(p)) {
            throw new IllegalStateException("missing fixture " + p);
        }
        return p;
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
