package org.parallax.entities;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.parallax.internal.CoreNlp;
import org.parallax.model.Article;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Passage;
import org.parallax.pipeline.Stage;
import org.parallax.pipeline.StageResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fills {@link Article#mentions()} with the people, organisations, places and other names CoreNLP's NER
 * finds in the article's kept passages (coarse labels, no SUTime or numeric classifiers: they cost time
 * and other stages handle dates). Offsets point into {@link Article#original()}. Thread-safe: the
 * shared CoreNLP pipeline is thread-safe and all per-call state is local.
 */
public final class MentionStage implements Stage<Article, Article> {
    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";
    static final Map<String, String> PROPERTIES = Map.of(
            "ner.applyFineGrained", "false",
            "ner.useSUTime", "false",
            "ner.applyNumericClassifiers", "false",
            "ner.buildEntityMentions", "true");
    /** Beyond this many characters an article is not a news article; the rest is left untagged. */
    private static final int MAX_CHARS = 200_000;
    /** Long passages are tagged in pieces so one run-on block cannot blow up the tagger. */
    private static final int MAX_PIECE = 5_000;

    /** Words the tagger sometimes labels at a sentence start that never name anything. */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("he", "she", "it", "they", "we", "i",
            "you", "his", "her", "their", "its", "the", "this", "that", "there", "here", "mr", "mrs", "ms");

    private final StanfordCoreNLP pipeline;

    public MentionStage() {
        this.pipeline = CoreNlp.pipeline(ANNOTATORS, PROPERTIES);
    }

    @Override
    public StageResult<Article> apply(Article article) {
        List<Mention> out = new ArrayList<>();
        int budget = MAX_CHARS;
        String original = article.original();
        for (Passage p : article.body()) {
            int start = p.span().start();
            int end = Math.min(p.span().end(), start + budget);
            budget -= end - start;
            while (start < end) {
                int cut = pieceEnd(original, start, end);
                tag(original, start, cut, out);
                start = cut;
            }
            if (budget <= 0) {
                return StageResult.ok(article.withMentions(out).withWarning("mentions: text beyond "
                        + MAX_CHARS + " characters was not tagged"));
            }
        }
        return StageResult.ok(article.withMentions(out));
    }

    private static int pieceEnd(String original, int start, int end) {
        if (end - start <= MAX_PIECE) {
            return end;
        }
        // cut after a sentence end or at least at a space, never inside a word
        int limit = start + MAX_PIECE;
        for (int i = limit; i > start + MAX_PIECE / 2; i--) {
            char c = original.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(original.charAt(i))) {
                return i;
            }
        }
        for (int i = limit; i > start + 1; i--) {
            if (Character.isWhitespace(original.charAt(i - 1))) {
                return i;
            }
        }
        return limit;
    }

    private void tag(String original, int start, int end, List<Mention> out) {
        String text = original.substring(start, end);
        if (text.isBlank()) {
            return;
        }
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
        for (CoreEntityMention m : doc.entityMentions()) {
            EntityType type = type(m.entityType());
            if (type == null) {
                continue;
            }
            int s = start + m.charOffsets().first();
            int e = start + m.charOffsets().second();
            if (s < e && e <= original.length() && Character.isUpperCase(original.charAt(s))
                    && !NOT_NAMES.contains(original.substring(s, e).toLowerCase(java.util.Locale.ROOT))) {
                out.add(new Mention(original.substring(s, e), s, e, type));
            }
        }
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
