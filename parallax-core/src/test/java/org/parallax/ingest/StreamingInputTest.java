package org.parallax.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.TestData;
import org.parallax.model.RawArticle;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class StreamingInputTest {
    private static final String LINE = "{\"id\": \"a%d\", \"outlet\": \"Coastline Daily\", \"text\": \"Cranes stood still at "
            + "Lindmark port on day %d of the strike, and the queue of ships grew again. %s\"}\n";

    @Test
    void aJsonLinesFileOverTheLimitIsStreamedAndTheLimitAppliesToEachArticle(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.jsonl");
        String padding = "The port authority repeated its offer. ".repeat(50);
        int n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(big)) {
            while (Files.size(big) <= ArticleReader.DEFAULT_MAX_BYTES + 1_000_000) {
                for (int k = 0; k < 1000; k++, n++) {
                    w.write(String.format(LINE, n, n, padding));
                }
                w.flush();
            }
            // one article alone over a (small) limit is rejected by line, the rest still read
            w.write("{\"id\": \"huge\", \"text\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}\n");
            w.write(String.format(LINE, n, n, ""));
            n++;
        }
        assertThat(Files.size(big)).isGreaterThan(ArticleReader.DEFAULT_MAX_BYTES);
        Batch b = new ArticleReader(2 * 1024 * 1024).readPath(big);
        int articles = n;
        assertThat(b.articles()).hasSize(articles);
        assertThat(b.articles().get(articles - 1).id()).isEqualTo("a" + (articles - 1));
        assertThat(b.rejected()).singleElement().satisfies(r -> {
            assertThat(r.source()).endsWith("big.jsonl:" + articles);
            assertThat(r.problem()).contains("over the limit of " + 2 * 1024 * 1024 + " bytes for one article");
        });
    }

    @Test
    void readsGzippedTextHtmlAndJsonLines(@TempDir Path dir) throws Exception {
        gzip(dir.resolve("story.txt.gz"), "Cranes stood still at Lindmark port on Tuesday.".getBytes(StandardCharsets.UTF_8));
        gzip(dir.resolve("page.html.gz"), Files.readAllBytes(TestData.fixture("jsonld-page.html")));
        gzip(dir.resolve("feed.jsonl.gz"), String.format(LINE, 7, 7, "").getBytes(StandardCharsets.UTF_8));
        gzip(dir.resolve("news.rss.gz"), Files.readAllBytes(TestData.fixture("feeds/meridian-atom.xml")));
        Batch b = new ArticleReader().readPath(dir);
        assertThat(b.rejected()).isEmpty();
        assertThat(b.articles()).extracting(RawArticle::id).containsExactly("a7", "news-1", "page", "story");
        assertThat(b.articles().get(2).original()).contains("The temporary flood barrier along the River Alde held overnight");
    }

    @Test
    void gzipFromStandardInputAndAGzipBombIsCutAtTheLimit(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("x.gz");
        gzip(gz, String.format(LINE, 1, 1, "").getBytes(StandardCharsets.UTF_8));
        Batch in = new ArticleReader().read(List.of("-"), new ByteArrayInputStream(Files.readAllBytes(gz)));
        assertThat(in.articles()).extracting(RawArticle::id).containsExactly("a1");
        Path bomb = dir.resolve("bomb.txt.gz");
        gzip(bomb, "a ".repeat(5_000_000).getBytes(StandardCharsets.UTF_8));
        Batch b = new ArticleReader(1_000_000).readPath(bomb);
        assertThat(b.rejected()).singleElement().satisfies(r ->
                assertThat(r.problem()).isEqualTo("decompressed input is over the limit of 1000000 bytes (raise it with --max-size)"));
    }

    private static void gzip(Path file, byte[] bytes) throws Exception {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(bytes);
        }
    }
}
