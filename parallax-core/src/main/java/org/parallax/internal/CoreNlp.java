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

    static {
        configure();
    }

    private CoreNlp() {
    }

    /**
     * Process-wide CoreNLP settings, before CoreNLP reads them (the first time any of its classes that read
     * them is used; the classes here that use CoreNLP call this first): CoreNLP's hash maps are
     * {@link SizedHashMap}s, unless the process set {@code edu.stanford.nlp.hashmap.impl} itself.
     */
    public static void configure() {
        if (System.getProperty("edu.stanford.nlp.hashmap.impl") != null || Boolean.getBoolean("parallax.corenlp.plainMaps")) {
            return;
        }
        try {
            // CoreNLP finds the class by name through its own class loader: only name one it can see
            Class.forName(SizedHashMap.class.getName(), false, StanfordCoreNLP.class.getClassLoader());
            System.setProperty("edu.stanford.nlp.hashmap.impl", SizedHashMap.class.getName());
        } catch (ClassNotFoundException | LinkageError e) {
            // CoreNLP keeps its own maps: the same results, a little slower
        }
    }

    /** The shared pipeline for these annotators and extra properties. */
    public static StanfordCoreNLP pipeline(String annotators, Map<String, String> properties) {
        return pipeline(annotators, properties, true);
    }

    /**
     * The shared pipeline for annotators that run on documents already split into sentences and tokens
     * (for example "pos,lemma,ner" on {@code org.parallax.text.SentenceSplitter}'s tokens): CoreNLP's own
     * requirement that tokenize and ssplit come first is waived.
     */
    public static StanfordCoreNLP pretokenized(String annotators, Map<String, String> properties) {
        return pipeline(annotators, properties, false);
    }

    private static StanfordCoreNLP pipeline(String annotators, Map<String, String> properties, boolean enforce) {
        Map<String, String> sorted = new TreeMap<>(properties);
        String key = annotators + "|" + sorted + "|" + enforce;
        return PIPELINES.computeIfAbsent(key, k -> {
            Properties props = new Properties();
            props.setProperty("annotators", annotators);
            // keep characters as written: offsets and quote marks matter downstream
            props.setProperty("tokenize.options", "ptb3Escaping=false,normalizeParentheses=false,"
                    + "normalizeOtherBrackets=false,untokenizable=noneKeep,splitHyphenated=false");
            sorted.forEach(props::setProperty);
            return new StanfordCoreNLP(props, enforce);
        });
    }

    private static final java.util.Set<String> PRELOADING = ConcurrentHashMap.newKeySet();

    /**
     * Runs each loader on a daemon thread of its own, once per process and name: models that a later stage
     * needs (the parser, SUTime, embeddings) load while the first stage's load, so the first article is
     * analysed sooner. A loader that fails is left to fail again, with its error, where its model is used.
     */
    public static void preload(Map<String, Runnable> loaders) {
        loaders.forEach((name, loader) -> {
            if (PRELOADING.add(name)) {
                Thread t = new Thread(() -> {
                    try {
                        loader.run();
                    } catch (RuntimeException | LinkageError e) {
                        // reported where the model is first used
                    }
                }, "parallax-load-" + name);
                t.setDaemon(true);
                t.start();
            }
        });
    }

    private static volatile edu.stanford.nlp.parser.nndep.DependencyParser parser;

    /**
     * CoreNLP's neural dependency parser (basic Universal Dependencies), loaded once per process. Its
     * {@code predict} is thread-safe. Called directly rather than through the depparse annotator, which
     * also builds enhanced graphs nobody here reads (a third of its time).
     */
    public static edu.stanford.nlp.parser.nndep.DependencyParser dependencyParser() {
        edu.stanford.nlp.parser.nndep.DependencyParser p = parser;
        if (p == null) {
            synchronized (CoreNlp.class) {
                p = parser;
                if (p == null) {
                    p = edu.stanford.nlp.parser.nndep.DependencyParser.loadFromModelFile(
                            edu.stanford.nlp.parser.nndep.DependencyParser.DEFAULT_MODEL);
                    parser = p;
                }
            }
        }
        return p;
    }
}
