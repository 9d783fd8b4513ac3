package org.parallax.text;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.parallax.model.Sentence;

import java.util.List;

/** Development aid: the syntax stage's tagging, for probes outside its package. */
public final class SyntaxProbeAccess {
    private SyntaxProbeAccess() {
    }

    public static List<List<CoreLabel>> tag(StanfordCoreNLP tagger, List<Sentence> sentences) {
        return SyntaxStage.tag(tagger, sentences);
    }
}
