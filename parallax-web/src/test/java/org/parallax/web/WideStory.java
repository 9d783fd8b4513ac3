package org.parallax.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A story of many outlets built from the seed articles, as a wire story is run by many papers: the five
 * seeds as they are, then versions of them under other outlets' names and dates, each leaving out one
 * paragraph (as papers cut wire copy). Real text, so the whole analysis runs on it; used where a test needs
 * a long story (30+ articles, 30+ outlets) and the dev sets hold none.
 */
final class WideStory {
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 10, 29);

    private WideStory() {
    }

    /** {@code count} articles (at least the five seeds) as a JSON array for {@code POST /api/articles}. */
    static String json(int count) {
        return articles(count).toString();
    }

    static ArrayNode articles(int count) {
        List<Path> seeds = TestServer.textFiles(TestServer.seeds());
        List<String> texts = new ArrayList<>();
        for (Path p : seeds) {
            try {
                texts.add(Files.readString(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ArrayNode out = TestServer.JSON.createArrayNode();
        for (int i = 0; i < count; i++) {
            String text = texts.get(i % texts.size());
            ObjectNode a = out.addObject();
            if (i < texts.size()) {
                String name = seeds.get(i).getFileName().toString();
                a.put("id", name.substring(0, name.lastIndexOf('.'))).put("text", text);
                continue;
            }
            String[] lines = text.strip().split("\n+");
            StringBuilder cut = new StringBuilder();
            int drop = lines.length > 4 ? 2 + (i / texts.size()) % (lines.length - 2) : -1;
            for (int l = 0; l < lines.length; l++) {
                if (l != drop) {
                    cut.append(lines[l]).append("\n\n");
                }
            }
            a.put("id", String.format("wide-%02d", i)).put("text", cut.toString().strip())
                    .put("outlet", "Regional Paper " + (i - texts.size() + 1))
                    .put("published", FIRST_DAY.plusDays(i % 6).toString());
        }
        return out;
    }
}
