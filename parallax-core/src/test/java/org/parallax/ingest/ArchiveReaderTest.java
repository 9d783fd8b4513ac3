package org.parallax.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.TestData;
import org.parallax.model.RawArticle;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveReaderTest {
    private final ArticleReader reader = new ArticleReader();

    @Test
    void readsTheHtmlResponseAndPassesOverRequestsImagesAndErrors() {
        Batch b = reader.readPath(TestData.fixture("archives/courier-crawl.warc"));
        assertThat(b.rejected()).isEmpty();
        RawArticle a = b.articles().get(0);
        assertThat(b.articles()).hasSize(1);
        assertThat(a.id()).isEqualTo("courier-crawl-1");
        assertThat(a.source()).isEqualTo("https://courier.example/2026/03/10/strike");
        assertThat(a.given().url()).isEqualTo("https://courier.example/2026/03/10/strike");
        assertThat(a.given().published()).isEqualTo("2026-03-10");
        assertThat(a.original()).contains("\"We will stay out until the money is paid,\" said union leader Tomas Berg")
                .doesNotContain("Sport").doesNotContain("Copyright");
    }

    @Test
    void readsAGzippedArchive(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("crawl.warc.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(TestData.fixture("archives/courier-crawl.warc")));
        }
        Batch b = reader.readPath(gz);
        assertThat(b.articles()).singleElement().satisfies(a -> assertThat(a.id()).isEqualTo("crawl-1"));
    }

    @Test
    void aPageOverTheLimitIsRejectedAloneNamingItsRecord() {
        Batch b = new ArticleReader(200).readPath(TestData.fixture("archives/courier-crawl.warc"));
        assertThat(b.articles()).isEmpty();
        assertThat(b.rejected()).anySatisfy(r -> {
            assertThat(r.source()).contains("record 3").contains("https://courier.example/2026/03/10/strike");
            assertThat(r.problem()).contains("over the limit of 200");
        });
    }

    @Test
    void aTruncatedArchiveKeepsWhatCameBeforeTheBreak() throws Exception {
        byte[] all = Files.readAllBytes(TestData.fixture("archives/courier-crawl.warc"));
        byte[] cut = java.util.Arrays.copyOf(all, all.length - 300);
        Batch b = reader.readBytes("cut.warc", "cut", "warc", cut);
        assertThat(b.articles()).extracting(RawArticle::id).containsExactly("cut-1");
    }
}
