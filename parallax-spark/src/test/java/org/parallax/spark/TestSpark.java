package org.parallax.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One local[2] Spark session for every test of the module (starting one costs seconds), stopped when the
 * test JVM exits; and where the tests find their data.
 */
final class TestSpark {
    private static SparkSession session;

    private TestSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = Sessions.start("local[2]", 4);
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }

    /** {@code ../shared} beside the repository, or the test is skipped when a user's clone lacks it. */
    static Path shared() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples"))) {
            p = p.getParent();
        }
        Assumptions.assumeTrue(p != null && Files.isDirectory(p.resolveSibling("shared").resolve("seeds")),
                "../shared is absent: skipped");
        return p.resolveSibling("shared");
    }
}
