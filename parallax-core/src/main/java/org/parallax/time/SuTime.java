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

    private static StanfordCoreNLP pipeline() {
        return CoreNlp.pipeline("tokenize,ssplit,pos,lemma,sutime",
                Map.of("customAnnotatorClass.sutime", "edu.stanford.nlp.time.TimeAnnotator",
                        "sutime.markTimeRanges", "false", "sutime.includeRange", "false"));
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
        pipeline().annotate(doc);
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
