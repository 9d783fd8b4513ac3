package org.parallax.framing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parallax.TestData;
import org.parallax.model.Framing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loaded terms on real news the lexicon was not written from (../shared/data, mostly wire and
 * mainstream copy): prints every hit so a reader can judge precision, and checks the rate stays low.
 */
class RealCorpusLexiconTest {
    @Test
    void realNewsCopyHasFewLoadedTerms() throws IOException {
        Path data = TestData.shared().resolve("data");
        int words = 0;
        Map<String, Integer> hits = new TreeMap<>();
        int total = 0;
        int docs = 0;
        for (String set : List.of("ecbplus-dev", "meantime-dev")) {
            Path file = data.resolve(set).resolve("articles.jsonl");
            Assumptions.assumeTrue(Files.exists(file), "no " + file);
            ObjectMapper json = new ObjectMapper();
            for (String line : Files.readAllLines(file)) {
                JsonNode n = json.readTree(line);
                String text = n.path("text").asText("");
                docs++;
                words += text.split("\\s+").length;
                for (Framing.LoadedTerm t : Lexicon.standard().find(text)) {
                    hits.merge(t.category() + ": " + t.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
                    total++;
                }
            }
        }
        hits.forEach((k, v) -> System.out.println("real corpus hit " + v + " × " + k));
        double perThousand = 1000.0 * total / Math.max(1, words);
        System.out.printf(Locale.ROOT, "real corpus: %d documents, %d words, %d loaded terms (%.2f per 1000 words)%n",
                docs, words, total, perThousand);
        assertThat(perThousand).isLessThan(1.0);
    }
}
