package org.parallax.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.TestData;
import org.parallax.model.RawArticle;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleReaderTest {
    private final ArticleReader reader = new ArticleReader();

    @Test
    void readsPlainTextFileWithIdFromFileName(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("story-1.txt");
        Files.writeString(f, "A headline\n\nSome body text here.");
        Batch b = reader.readPath(f);
        assertThat(b.rejected()).isEmpty();
        assertThat(b.articles()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("story-1");
            assertThat(a.original()).isEqualTo("A headline\n\nSome body text here.");
        });
    }

    @Test
    void readsHtmlMainTextAndPrefersJsonLdMetadata() {
        Batch b = reader.readPath(TestData.fixture("jsonld-page.html"));
        RawArticle a = b.articles().get(0);
        assertThat(a.given().title()).isEqualTo("Flood barrier holds as river peaks in Eastford");
        assertThat(a.given().outlet()).isEqualTo("Riverside Gazette");
        assertThat(a.given().published()).isEqualTo("2024-02-05");
        assertThat(a.given().author()).isEqualTo("Priya Nandakumar");
        assertThat(a.original()).contains("The temporary flood barrier along the River Alde held overnight")
                .contains("\"The barrier did exactly what it was designed to do,\"")
                .doesNotContain("<p>").doesNotContain("Sport");
        assertThat(a.original().lines()).anyMatch(l -> l.startsWith("About 300 homes"));
    }

    @Test
    void readsOpenGraphAndArticleMetaTags() {
        RawArticle a = reader.readPath(TestData.fixture("og-only.html")).articles().get(0);
        assertThat(a.given().title()).isEqualTo("Ferry fares to rise 8 percent from April");
        assertThat(a.given().outlet()).isEqualTo("Island Times");
        assertThat(a.given().published()).isEqualTo("2025-01-14");
        assertThat(a.given().author()).isEqualTo("Joan Reddy");
    }

    @Test
    void rejectsHtmlPageWithoutArticleText() {
        Batch b = reader.readPath(TestData.fixture("empty-page.html"));
        assertThat(b.articles()).isEmpty();
        assertThat(b.rejected()).singleElement().satisfies(r -> {
            assertThat(r.source()).endsWith("empty-page.html");
            assertThat(r.problem()).contains("no article text");
        });
    }

    @Test
    void readsJsonLinesWithGivenMetadataAndRejectsBadLinesAlone(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("feed.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"id\": \"a1\", \"text\": \"Body one. It has words.\", \"outlet\": \"Daily Example\", \"published\": \"2025-03-02T10:00:00Z\", \"title\": \"T1\"}",
                "not json at all",
                "{\"text\": \"no id\"}",
                "{\"id\": \"a2\", \"html\": \"<html><body><p>Body two is in a paragraph of an HTML page and it is long enough.</p></body></html>\"}",
                "{\"id\": \"a3\"}",
                ""));
        Batch b = reader.readPath(f);
        assertThat(b.articles()).extracting(RawArticle::id).containsExactly("a1", "a2");
        RawArticle a1 = b.articles().get(0);
        assertThat(a1.given().outlet()).isEqualTo("Daily Example");
        assertThat(a1.given().published()).isEqualTo("2025-03-02");
        assertThat(a1.given().title()).isEqualTo("T1");
        assertThat(b.articles().get(1).original()).startsWith("Body two is in a paragraph");
        assertThat(b.rejected()).hasSize(3);
        assertThat(b.rejected().get(0).source()).endsWith("feed.jsonl:2");
        assertThat(b.rejected().get(0).problem()).contains("not a JSON object");
        assertThat(b.rejected().get(1).problem()).contains("no \"id\"");
        assertThat(b.rejected().get(2).problem()).contains("neither \"text\" nor \"html\"");
    }

    @Test
    void readsAJsonArrayOfArticles(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("batch.json");
        Files.writeString(f, "[{\"id\": \"x1\", \"text\": \"First.\"}, {\"id\": \"x2\", \"text\": \"Second.\"}, 7]");
        Batch b = reader.readPath(f);
        assertThat(b.articles()).extracting(RawArticle::id).containsExactly("x1", "x2");
        assertThat(b.rejected()).singleElement().satisfies(r -> assertThat(r.source()).endsWith("batch.json[2]"));
    }

    @Test
    void readsFoldersRecursivelyInNameOrderSkippingReadmes(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b/inner"));
        Files.writeString(dir.resolve("b/inner/z.txt"), "Zed body.");
        Files.writeString(dir.resolve("a.txt"), "Ay body.");
        Files.writeString(dir.resolve("README.md"), "Notes about this folder.");
        Files.writeString(dir.resolve(".hidden.txt"), "Hidden.");
        Batch b = reader.readPath(dir);
        assertThat(b.articles()).extracting(RawArticle::id).containsExactly("a", "z");
    }

    @Test
    void readsStandardInputSniffingTheFormat() {
        String jsonl = "{\"id\": \"s1\", \"text\": \"From stdin.\"}\n";
        Batch b = reader.read(List.of("-"), new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)));
        assertThat(b.articles()).extracting(RawArticle::id).containsExactly("s1");
        Batch t = reader.read(List.of("-"), new ByteArrayInputStream("Plain words on stdin.".getBytes(StandardCharsets.UTF_8)));
        assertThat(t.articles()).singleElement().satisfies(a -> assertThat(a.source()).isEqualTo("-"));
    }

    @Test
    void rejectsEmptyBinaryOversizedAndMissingInputsWithoutStoppingTheBatch(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("1-empty.txt"), new byte[0]);
        Files.write(dir.resolve("2-binary.txt"), new byte[]{'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        Files.writeString(dir.resolve("3-good.txt"), "A perfectly good article body.");
        Files.writeString(dir.resolve("4-big.txt"), "x".repeat(2000));
        Files.writeString(dir.resolve("5-blank.txt"), "   \n\n  ");
        Batch b = new ArticleReader(1000).read(List.of(dir.toString(), dir.resolve("missing.txt").toString()),
                InputStreamOf.empty());
        assertThat(b.articles()).extracting(RawArticle::id).containsExactly("3-good");
        assertThat(b.rejected()).extracting(r -> r.source().substring(r.source().lastIndexOf('/') + 1) + ": " + r.problem())
                .containsExactly(
                        "1-empty.txt: empty file",
                        "2-binary.txt: binary file (contains NUL bytes), not text",
                        "4-big.txt: file is 2000 bytes, over the limit of 1000 (raise it with --max-size)",
                        "5-blank.txt: no text (only white space)",
                        "missing.txt: no such file or folder");
    }

    @Test
    void aFileThatCannotBeReadIsRejectedWithTheReason(@TempDir Path dir) throws Exception {
        Path notAFile = Files.createDirectories(dir.resolve("looks-like.txt"));
        Batch b = reader.readFile(notAFile);
        assertThat(b.articles()).isEmpty();
        assertThat(b.rejected()).singleElement().satisfies(r -> {
            assertThat(r.source()).endsWith("looks-like.txt");
            assertThat(r.problem()).startsWith("cannot read file");
        });
    }

    @Test
    void replacesInvalidUtf8AndWarns(@TempDir Path dir) throws Exception {
        byte[] bytes = "Caf\u00e9 prices rose. ".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = (byte) 0xC3; // a lead byte with no continuation
        broken[bytes.length + 1] = (byte) 'x';
        Files.write(dir.resolve("latin.txt"), broken);
        RawArticle a = reader.readPath(dir.resolve("latin.txt")).articles().get(0);
        assertThat(a.original()).startsWith("Café prices rose.").contains("\uFFFD");
        assertThat(a.warnings()).singleElement().asString().contains("invalid UTF-8");
    }

    /** An empty standard input for calls that need one. */
    static final class InputStreamOf {
        static java.io.InputStream empty() {
            return new ByteArrayInputStream(new byte[0]);
        }
    }
}
