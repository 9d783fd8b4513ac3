package org.parallax.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.RawArticle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A writer process killed with SIGKILL in the middle of ingesting loses no commit and leaves no half batch. */
class KillDuringIngestTest {
    static final int BATCH = 25;

    @TempDir
    Path dir;

    @Test
    void killNineMidIngestKeepsWholeBatchesOnly() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                IngestLoop.class.getName(), dir.toString()));
        command.addAll(TestStores.arguments(dir.resolve("data")));
        Process writer = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(dir.resolve("writer.log").toFile()).start();
        Path progress = dir.resolve("batches");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && (!Files.exists(progress) || Files.size(progress) < 3)) {
            Thread.sleep(20);
        }
        writer.destroyForcibly(); // SIGKILL on Linux and macOS
        writer.waitFor(10, TimeUnit.SECONDS);
        int reported = (int) Files.size(progress); // one byte per batch the writer saw committed
        assertThat(reported).as(Files.readString(dir.resolve("writer.log"))).isGreaterThanOrEqualTo(3);

        try (Store store = TestStores.open(dir.resolve("data"))) {
            assertThat(store.integrityCheck()).isEqualTo("ok");
            int count = store.articleCount();
            assertThat(count % BATCH).as("no half-written batch").isZero();
            assertThat(count / BATCH).as("every committed batch is there").isGreaterThanOrEqualTo(reported);
            assertThat(store.search("batch", 100)).hasSize(Math.min(count, 100));
        }
    }

    /** The writer: ingests batches forever, recording each commit. Arguments: root folder, then the store's. */
    public static final class IngestLoop {
        public static void main(String[] args) throws Exception {
            Path root = Path.of(args[0]);
            try (Store store = Store.open(TestStores.fromArguments(args, 1));
                 var out = Files.newOutputStream(root.resolve("batches"))) {
                for (int b = 0; ; b++) {
                    List<RawArticle> batch = new ArrayList<>();
                    for (int i = 0; i < BATCH; i++) {
                        batch.add(StoreTest.article("b" + b + "-" + i, ("batch " + b + " article " + i + " text. ").repeat(200)));
                    }
                    store.putArticles(batch);
                    out.write('x');
                    out.flush();
                }
            }
        }
    }
}
