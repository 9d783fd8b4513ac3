package org.parallax.internal;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP pipelines, each built once per process and shared: loading the models costs seconds, so a
 * stage asks for exactly the annotators it needs and gets the same instance every time. CoreNLP
 * pipelines are thread-safe for {@code annotate}.
 *
 * <pre>{@code
 * StanfordCoreNLP ner = CoreNlp.pipeline("tokenize,ssplit,pos,lemma,ner", Map.of("ner.applyFineGrained", "false"));
 * }</pre>
 */
public final class CoreNlp {
    private static final Map<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();

    private CoreNlp() {
    }

    /** The shared pipeline for these annotators and extra properties. */
    public static StanfordCoreNLP pipeline(String annotators, Map<String, String> properties) {
        Map<String, String> sorted = new TreeMap<>(properties);
        String key = annotators + "|" + sorted;
        return PIPELINES.computeIfAbsent(key, k -> {
            Properties props = new Properties();
            props.setProperty("annotators", annotators);
            // keep characters as written: offsets and quote marks matter downstream
            props.setProperty("tokenize.options", "ptb3Escaping=false,normalizeParentheses=false,"
                    + "normalizeOtherBrackets=false,untokenizable=noneKeep,splitHyphenated=false");
            sorted.forEach(props::setProperty);
            return new StanfordCoreNLP(props);
        });
    }
}
