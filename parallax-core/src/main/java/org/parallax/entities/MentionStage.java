package org.parallax.entities;

import org.parallax.model.Article;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Sentence;
import org.parallax.model.Token;
import org.parallax.pipeline.Stage;
import org.parallax.pipeline.StageResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills {@link Article#mentions()} with the people, organisations, places and other names in the
 * article's sentences: runs of tokens the syntax stage ({@link org.parallax.text.SyntaxStage}) labelled
 * alike (coarse labels). Offsets point into {@link Article#original()}. Needs the syntax stage; on
 * untagged sentences it finds nothing. Thread-safe: stateless.
 */
public final class MentionStage implements Stage<Article, Article> {
    /** Words the tagger sometimes labels at a sentence start that never name anything. */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("he", "she", "it", "they", "we", "i",
            "you", "his", "her", "their", "its", "the", "this", "that", "there", "here", "mr", "mrs", "ms");

    @Override
    public StageResult<Article> apply(Article article) {
        List<Mention> out = new ArrayList<>();
        String original = article.original();
        for (Sentence s : article.sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                String label = tokens.get(i).ner();
                int j = i + 1;
                while (j < tokens.size() && label != null && label.equals(tokens.get(j).ner())) {
                    j++;
                }
                EntityType type = type(label);
                if (type != null) {
                    int start = tokens.get(i).start();
                    int end = tokens.get(j - 1).end();
                    String text = original.substring(start, end);
                    if (Character.isUpperCase(original.charAt(start))
                            && !NOT_NAMES.contains(text.toLowerCase(java.util.Locale.ROOT))) {
                        out.add(new Mention(text, start, end, type));
                    }
                }
                i = j;
            }
        }
        return StageResult.ok(article.withMentions(out));
    }

    /** Coarse contract type of a CoreNLP label, or null for numbers, dates and the like. */
    static EntityType type(String label) {
        if (label == null) {
            return null;
        }
        return switch (label) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORG;
            case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> EntityType.PLACE;
            case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY", "TITLE" -> EntityType.OTHER;
            default -> null;
        };
    }
}
