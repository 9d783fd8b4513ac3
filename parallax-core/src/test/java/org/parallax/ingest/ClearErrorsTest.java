package org.parallax.ingest;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.TestData;
import org.parallax.model.RawArticle;
import org.parallax.model.Rejected;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: inputs that were read wrongly or skipped without a word. Each is read right or gets one clear
 * line naming the input.
 */
class ClearErrorsTest {
    private static final String STRIKE = "Cranes stood still at Lindmark port on Tuesday as dockworkers walked out"
            + " over an unpaid pay rise.";
    private final ArticleReader reader = new ArticleReader();

    @Test
    void utf16WithAByteOrderMarkIsTextInEveryFormat() {
        RawArticle txt = reader.readPath(TestData.fixture("encodings/utf16le-bom.txt")).articles().get(0);
        assertThat(txt.original()).startsWith(STRIKE).contains("\u201cWe will stay out").doesNotContain("\u0000", "\uFEFF");
        assertThat(txt.warnings()).isEmpty();

        // no extension: the format is sniffed through the UTF-16
        Batch page = reader.readPath(TestData.fixture("encodings/utf16be-bom-page"));
        assertThat(page.rejected()).isEmpty();
        assertThat(page.articles()).singleElement().satisfies(a -> {
            assertThat(a.original()).startsWith(STRIKE).doesNotContain("<p>");
            assertThat(a.given().title()).isEqualTo("Dockworkers strike shuts cranes");
        });

        Batch lines = reader.readPath(TestData.fixture("encodings/utf16le-bom.jsonl"));
        assertThat(lines.rejected()).isEmpty();
        assertThat(lines.articles()).extracting(RawArticle::id).containsExactly("courier-1", "courier-2");
        assertThat(lines.articles().get(0).given().outlet()).isEqualTo("The Lindmark Courier");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsReadWithAWarningAndUtf32ByItsMark() {
        Batch noBom = reader.readBytes("notes.txt", "notes", "txt", STRIKE.getBytes(StandardCharsets.UTF_16LE));
        assertThat(noBom.articles()).singleElement().satisfies(a -> {
            assertThat(a.original()).isEqualTo(STRIKE);
            assertThat(a.warnings()).singleElement().asString().contains("no byte order mark", "UTF-16LE");
        });
        byte[] utf32 = ("\uFEFF" + STRIKE).getBytes(Charset.forName("UTF-32LE"));
        assertThat(reader.readBytes("wide.txt", "wide", "txt", utf32).articles())
                .singleElement().satisfies(a -> assertThat(a.original()).isEqualTo(STRIKE));
    }

    @Test
    void realBinaryIsStillBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertThat(reader.readBytes("logo.txt", "logo", "txt", png).rejected()).singleElement()
                .satisfies(r -> assertThat(r.problem()).isEqualTo("binary file (contains NUL bytes), not text"));
    }

    @Test
    void aPageWithOnlyItsHeadlineIsRejectedSayingSo() {
        Batch b = reader.readPath(TestData.fixture("hostile/headline-only.html"));
        assertThat(b.articles()).isEmpty();
        assertThat(b.rejected()).singleElement().satisfies(r ->
                assertThat(r.problem()).isEqualTo("HTML page with no article text (only a title or headings, no body text)"));
        // the same page in a JSON line
        Batch line = reader.readBytes("feed.jsonl", "feed", "jsonl", ("{\"id\": \"stub\", \"html\": "
                + com.fasterxml.jackson.databind.node.TextNode.valueOf(TestData.read(TestData.fixture("hostile/headline-only.html")))
                + "}").getBytes(StandardCharsets.UTF_8));
        assertThat(line.rejected()).singleElement().satisfies(r -> assertThat(r.problem()).contains("no body text"));
    }

    @Test
    void aHeadlineWithItsStoryIsStillAnArticle() {
        String html = "<html><head><title>Strike</title></head><body><h1>Dockworkers strike</h1><p>" + STRIKE
                + "</p></body></html>";
        assertThat(reader.readBytes("p.html", "p", "html", html.getBytes(StandardCharsets.UTF_8)).articles())
                .singleElement().satisfies(a -> assertThat(a.original()).contains(STRIKE));
    }

    @Test
    void linkLoopsDanglingLinksAndPipesInAFolderEachGetALine(@TempDir Path dir) throws Exception {
        Path news = Files.createDirectories(dir.resolve("news"));
        Files.writeString(news.resolve("a.txt"), STRIKE);
        Files.createSymbolicLink(news.resolve("loop"), news);
        Files.createSymbolicLink(news.resolve("gone.txt"), dir.resolve("deleted.txt"));
        Files.createDirectories(news.resolve(".git"));
        Files.writeString(news.resolve(".git/config"), "[core]");
        boolean fifo = new ProcessBuilder("mkfifo", news.resolve("pipe").toString()).start().waitFor() == 0;
        Batch b = reader.read(List.of(news.toString()), System.in);
        assertThat(b.articles()).extracting(RawArticle::id).containsExactly("a");
        assertThat(b.rejected()).extracting(Rejected::source).contains(news.resolve("loop").toString(),
                news.resolve("gone.txt").toString());
        assertThat(b.rejected()).anySatisfy(r -> assertThat(r.problem()).startsWith("symbolic link loop"));
        assertThat(b.rejected()).anySatisfy(r -> assertThat(r.problem())
                .isEqualTo("symbolic link to \"" + dir.resolve("deleted.txt") + "\", which does not exist: skipped"));
        assertThat(b.rejected()).noneSatisfy(r -> assertThat(r.source()).contains(".git"));
        if (fifo) {
            assertThat(b.rejected()).anySatisfy(r -> {
                assertThat(r.source()).isEqualTo(news.resolve("pipe").toString());
                assertThat(r.problem()).isEqualTo("not a regular file (a named pipe): skipped");
            });
            assertThat(b.rejected()).hasSize(3);
        }
    }

    @Test
    void aDanglingLinkNamedOnTheCommandLineSaysWhereItPoints(@TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("today.html"), dir.resolve("2026-03-10.html"));
        assertThat(reader.read(List.of(link.toString()), System.in).rejected()).singleElement().satisfies(r ->
                assertThat(r.problem()).isEqualTo("symbolic link to \"" + dir.resolve("2026-03-10.html") + "\", which does not exist"));
    }

    @Test
    void aGzipBombOfJsonLinesStopsWithItsArticlesSoFarKept() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(("{\"id\": \"first\", \"text\": \"" + STRIKE + "\"}\n").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                out.write(spaces); // 40 MB of one blank line: deflate packs it a thousand times over
            }
        }
        Batch b = new ArticleReader().read(List.of("-"), new ByteArrayInputStream(gz.toByteArray()));
        assertThat(b.articles()).extracting(RawArticle::id).containsExactly("first");
        assertThat(b.rejected()).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo("-:2");
            assertThat(r.problem()).contains("inflates to over 100 times its size", "decompression bomb")
                    .endsWith("the rest of the file is not read");
        });
    }

    @Test
    void aFeedThatDeclaresAnExternalEntityIsRefusedAndNothingIsFetched(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "do-not-read");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>T</title><item><title>x</title><description>&xxe;</description>"
                + "</item></channel></rss>";
        Batch b = reader.readBytes("feed.rss", "feed", "rss", xxe.getBytes(StandardCharsets.UTF_8));
        assertThat(b.articles()).isEmpty();
        assertThat(b.rejected()).singleElement().satisfies(r -> assertThat(r.problem()).contains("DOCTYPE")
                .doesNotContain("do-not-read"));
    }
}
