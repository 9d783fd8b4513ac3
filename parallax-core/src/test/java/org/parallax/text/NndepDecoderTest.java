package org.parallax.text;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import org.junit.jupiter.api.Test;
import org.parallax.Parallax;
import org.parallax.TestData;
import org.parallax.ingest.ArticleReader;
import org.parallax.internal.CoreNlp;
import org.parallax.model.Article;
import org.parallax.model.Parse;
import org.parallax.model.Rejected;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NndepDecoderTest {
    @Test
    void decodesEverySentenceOfTheExampleStoryAsTheParserDoes() {
        DependencyParser parser = CoreNlp.dependencyParser();
        NndepDecoder decoder = NndepDecoder.of(parser);
        assertThat(decoder).as("the parser's weights are readable in this CoreNLP version").isNotNull();
        var batch = new ArticleReader().readPath(TestData.example("harbour-strike"));
        List<Article> articles = Parallax.prepare(Parallax.clusterArticlePipeline(), batch.articles(),
                new ArrayList<Rejected>(), d -> { });
        SyntaxStage stage = new SyntaxStage(false);
        int compared = 0;
        for (Article a : articles) {
            for (List<CoreLabel> labels : stage.tag(a.sentences())) {
                if (labels.size() < 3 || labels.size() > SyntaxStage.MAX_PARSED_TOKENS) {
                    continue;
                }
                Parse expected = SyntaxStage.read(parser.predict(labels), labels);
                Parse actual = SyntaxStage.read(decoder.predict(labels), labels);
                for (int k = 0; k < labels.size(); k++) {
                    assertThat(actual.head(k)).as("head of %s in %s", labels.get(k).word(), labels).isEqualTo(expected.head(k));
                    assertThat(actual.relation(k)).as("relation of %s in %s", labels.get(k).word(), labels)
                            .isEqualTo(expected.relation(k));
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(30);
    }

    @Test
    void theRowIndexFindsEveryRowOfTheMapAndNothingElse() {
        java.util.Map<Integer, Integer> map = new java.util.HashMap<>();
        java.util.Random random = new java.util.Random(7);
        while (map.size() < 20_000) {
            map.put(random.nextInt(), map.size());
        }
        NndepDecoder.RowIndex index = new NndepDecoder.RowIndex(map);
        map.forEach((key, row) -> assertThat(index.row(key)).as("row of %d", key).isEqualTo(row));
        for (int i = 0; i < 20_000; i++) {
            int key = random.nextInt();
            assertThat(index.row(key)).isEqualTo(map.getOrDefault(key, -1));
        }
    }
}
