package org.parallax.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import org.parallax.internal.CoreNlp;
import org.parallax.model.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SUTime (CoreNLP's temporal tagger) run on its own annotator, without the NER models: it finds and
 * resolves time expressions against a document date. Thread-safe (the shared pipeline is).
 */
final class SuTime {
    private SuTime() {
    }

    /** Tokens, sentences and tags for text that has not been through the syntax stage (titles, bare texts). */
    private static StanfordCoreNLP tagging() {
        return CoreNlp.pipeline("tokenize,ssplit,pos,lemma", Map.of());
    }

    /** Loads SUTime's rules and the tagger, so that the first article does not wait for them. */
    static void load() {
        tagged();
        tagging();
    }

    private static StanfordCoreNLP tagged() {
        return CoreNlp.pretokenized("sutime",
                Map.of("customAnnotatorClass.sutime", "edu.stanford.nlp.time.TimeAnnotator",
                        "sutime.markTimeRanges", "false", "sutime.includeRange", "false"));
    }

    /**
     * Time expressions of these sentences, read from their tokens and part-of-speech tags (the syntax
     * stage's) instead of SUTime tokenising and tagging the text again; only the tokens around time cues
     * ({@link #reach}), in runs of at most {@code window} tokens. Offsets into {@code text}.
     */
    static List<TimeExpression> find(String text, List<org.parallax.model.Sentence> sentences, LocalDate anchor, int window) {
        List<TimeExpression> out = new ArrayList<>();
        if (sentences.isEmpty()) {
            return out;
        }
        List<CoreMap> maps = new ArrayList<>();
        List<edu.stanford.nlp.ling.CoreLabel> all = new ArrayList<>();
        for (org.parallax.model.Sentence s : sentences) {
            List<org.parallax.model.Token> tokens = s.tokens();
            for (int[] span : reach(tokens, window)) {
                List<org.parallax.model.Token> part = tokens.subList(span[0], span[1]);
                List<edu.stanford.nlp.ling.CoreLabel> labels = new ArrayList<>(part.size());
                for (int t = 0; t < part.size(); t++) {
                    org.parallax.model.Token token = part.get(t);
                    edu.stanford.nlp.ling.CoreLabel l = new edu.stanford.nlp.ling.CoreLabel();
                    l.setWord(token.word());
                    l.setValue(token.word());
                    l.setOriginalText(token.word());
                    l.setTag(token.tag());
                    if (token.lemma() != null) {
                        l.setLemma(token.lemma());
                    }
                    l.setBeginPosition(token.start());
                    l.setEndPosition(token.end());
                    l.setIndex(t + 1);
                    l.setSentIndex(maps.size());
                    labels.add(l);
                }
                int begin = part.get(0).start();
                int end = part.get(part.size() - 1).end();
                CoreMap map = new edu.stanford.nlp.util.ArrayCoreMap();
                map.set(CoreAnnotations.TokensAnnotation.class, labels);
                map.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
                map.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
                map.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
                map.set(CoreAnnotations.SentenceIndexAnnotation.class, maps.size());
                map.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
                map.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + labels.size());
                maps.add(map);
                all.addAll(labels);
            }
        }
        if (maps.isEmpty()) {
            return out;
        }
        Annotation doc = new Annotation("");
        doc.set(CoreAnnotations.TokensAnnotation.class, all);
        doc.set(CoreAnnotations.SentencesAnnotation.class, maps);
        if (anchor != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, anchor.toString());
        }
        tagged().annotate(doc);
        List<CoreMap> timexes = doc.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes == null) {
            return out;
        }
        for (CoreMap t : timexes) {
            Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
            Integer s = t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer e = t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (timex == null || s == null || e == null || s < 0 || e > text.length() || e <= s) {
                continue;
            }
            out.add(new TimeExpression(text.substring(s, e), s, e, timex.value(), timex.timexType()));
        }
        return out;
    }

    /**
     * Tokens either side of a time cue that SUTime reads with it. SUTime's cost is per rule and per start
     * token (each start builds its matcher's branch states), so it grows with the tokens it is given. At 6
     * every expression of the dev stories, MEANTIME dev and the 772 ECB+ dev articles is the same as at 8;
     * at 5 one of 7,023 loses a leading "at least", at 4 three do.
     */
    static final int CUE_REACH = Integer.getInteger("parallax.time.cueReach", 6);

    /**
     * The runs of a sentence's tokens SUTime reads: each time cue with {@link #CUE_REACH} tokens either side,
     * overlapping or touching runs joined, a run whose cues are all counts or amounts left out
     * ({@link TimeResolver#bearsTime}), a run longer than {@code window} read in pieces of that many. A
     * time expression lies around its cue words, and SUTime's cost grows with the tokens it is given.
     */
    static List<int[]> reach(List<org.parallax.model.Token> tokens, int window) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int t = 0; t < tokens.size(); t++) {
            if (!TimeResolver.isTimeCue(tokens.get(t).word())) {
                continue;
            }
            int from = Math.max(0, t - CUE_REACH);
            int to = Math.min(tokens.size(), t + CUE_REACH + 1);
            if (start >= 0 && from <= end) {
                end = Math.max(end, to);
            } else {
                if (start >= 0) {
                    runs.add(new int[] {start, end});
                }
                start = from;
                end = to;
            }
        }
        if (start >= 0) {
            runs.add(new int[] {start, end});
        }
        List<int[]> out = new ArrayList<>();
        for (int[] run : runs) {
            if (!TimeResolver.bearsTime(tokens, run[0], run[1])) {
                continue; // only counts and amounts: nothing SUTime reads as a time
            }
            for (int from = run[0]; from < run[1]; from += window) {
                out.add(new int[] {from, Math.min(run[1], from + window)});
            }
        }
        return out;
    }

    /**
     * Time expressions of {@code text[from, to)} resolved against {@code anchor} (none: relative ones stay
     * unresolved), with offsets into {@code text}.
     */
    static List<TimeExpression> find(String text, int from, int to, LocalDate anchor) {
        List<TimeExpression> out = new ArrayList<>();
        if (to <= from) {
            return out;
        }
        Annotation doc = new Annotation(text.substring(from, to));
        if (anchor != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, anchor.toString());
        }
        tagging().annotate(doc);
        tagged().annotate(doc);
        List<CoreMap> timexes = doc.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes == null) {
            return out;
        }
        for (CoreMap t : timexes) {
            Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
            Integer s = t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer e = t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (timex == null || s == null || e == null) {
                continue;
            }
            int start = from + s;
            int end = from + e;
            out.add(new TimeExpression(text.substring(start, end), start, end, timex.value(), timex.timexType()));
        }
        return out;
    }
}
