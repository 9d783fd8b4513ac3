package org.parallax.text;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The greedy decoding of CoreNLP's neural dependency parser ({@code nndep}), with the same model, the same
 * features and the same arithmetic, computing the output layer's scores for all transitions at once.
 *
 * <p>Why: in {@code Classifier.computeScores} the output layer (one dot product of the hidden layer with
 * each of the transitions' weight rows) is about 60 % of a parse, and each dot product is one chain of
 * dependent additions, so the processor waits on every addition. Here the weights are held by hidden
 * unit and every transition's sum advances four units at a time, side by side across the transitions
 * (eight rows side by side before: 8 % slower a sentence): each score still adds the same products in
 * the same order, so every score is the same double and
 * every parse the same tree, given to CoreNLP's own grammatical structure as {@code predict} gives it
 * (the same dependencies on every sentence of the dev sets; {@code NndepDecoderTest}); a sentence parses in
 * about a third of the time. The model's weights are read from the parser's private fields;
 * if they cannot be read (another CoreNLP version), {@link #of} returns null and the parser's own
 * {@code predict} is used.
 *
 * <p>Thread-safe: the weights are only read; the slices of words outside the precomputed table are kept
 * in a concurrent map, as the parser keeps them in its cache.
 */
final class NndepDecoder {
    /** Slices kept in each of two generations (each a hidden layer's width of float values held as doubles, 8 KB for the English model): 64 MB at most. */
    private static final int MAX_SLICES = 4_000;

    private final DependencyParser parser;
    private final ParsingSystem system;
    private final List<String> transitions;
    private final MethodHandle isTerminal;
    private final MethodHandle featureArray;
    private final MethodHandle relation;
    private final MethodHandle structure;
    private final double[][] saved;
    /** The precomputed table's row of each (token, feature position), as the classifier's {@code preMap}. */
    private final RowIndex preMap;
    private final float[][] w1;
    private final float[][] w2;
    private final float[][] e;
    private final float[] b1;
    /** The hidden layer's weights by input, then hidden unit: {@code w1t[k][i] = w1[i][k]} (10 MB for the English model). */
    private final float[][] w1t;
    /**
     * The output layer's weights by hidden unit, then transition: {@code w2t[i][t] = w2[t][i]}. One array
     * per unit, not one flat array read at {@code i * transitions + t}: HotSpot 17 does not compile a loop
     * indexed at a variable offset to vector instructions, and does compile this one (2.7x faster).
     */
    private final double[][] w2t;
    private final int hiddenSize;
    private final int embeddingSize;
    private final boolean sliced;
    /** The slices computed lately; when full it becomes {@link #older} and a new one starts. */
    private volatile Map<Integer, double[]> slices = new ConcurrentHashMap<>();
    /** The generation before: a slice found here moves to the current one. */
    private volatile Map<Integer, double[]> older = Map.of();

    private NndepDecoder(DependencyParser parser) throws ReflectiveOperationException {
        this.parser = parser;
        this.system = (ParsingSystem) field(DependencyParser.class, "system").get(parser);
        Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
        Config config = (Config) field(DependencyParser.class, "config").get(parser);
        @SuppressWarnings("unchecked")
        List<String> ts = (List<String>) field(ParsingSystem.class, "transitions").get(system);
        this.transitions = List.copyOf(ts);
        Method terminal = ParsingSystem.class.getDeclaredMethod("isTerminal", Configuration.class);
        terminal.setAccessible(true);
        this.isTerminal = MethodHandles.lookup().unreflect(terminal);
        Method features = DependencyParser.class.getDeclaredMethod("getFeatureArray", Configuration.class);
        features.setAccessible(true);
        this.featureArray = MethodHandles.lookup().unreflect(features);
        Method rel = DependencyParser.class.getDeclaredMethod("makeGrammaticalRelation", String.class);
        rel.setAccessible(true);
        this.relation = MethodHandles.lookup().unreflect(rel);
        Method gs = DependencyParser.class.getDeclaredMethod("makeGrammaticalStructure", List.class, TreeGraphNode.class);
        gs.setAccessible(true);
        this.structure = MethodHandles.lookup().unreflect(gs);
        this.saved = (double[][]) field(Classifier.class, "saved").get(classifier);
        @SuppressWarnings("unchecked")
        Map<Integer, Integer> pre = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(classifier);
        this.preMap = pre == null ? null : new RowIndex(pre);
        this.w1 = classifier.getW1();
        this.w2 = classifier.getW2();
        this.e = classifier.getE();
        this.b1 = classifier.getb1();
        this.hiddenSize = config.hiddenSize;
        this.embeddingSize = config.embeddingSize;
        this.sliced = config.numCached != 0;
        if (saved == null || preMap == null || w2.length != transitions.size() || b1.length != hiddenSize) {
            throw new ReflectiveOperationException("unexpected parser model layout");
        }
        int inputs = w1.length == 0 ? 0 : w1[0].length;
        this.w1t = new float[inputs][w1.length];
        for (int i = 0; i < w1.length; i++) {
            for (int k = 0; k < inputs; k++) {
                w1t[k][i] = w1[i][k];
            }
        }
        int n = w2.length;
        this.w2t = new double[hiddenSize][n];
        for (int t = 0; t < n; t++) {
            if (w2[t].length != hiddenSize) {
                throw new ReflectiveOperationException("unexpected parser model layout");
            }
            for (int i = 0; i < hiddenSize; i++) {
                w2t[i][t] = w2[t][i];
            }
        }
    }

    /** A decoder for this parser's model, or null when its weights cannot be read. */
    static NndepDecoder of(DependencyParser parser) {
        try {
            return new NndepDecoder(parser);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /** The grammatical structure of a tagged sentence, as {@code DependencyParser.predict} gives it. */
    GrammaticalStructure predict(List<CoreLabel> labels) {
        // as predict(List) does: the tokens numbered from 1 under one sentence label
        for (int i = 0; i < labels.size(); i++) {
            labels.get(i).setIndex(i + 1);
        }
        CoreLabel sentence = new CoreLabel();
        sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
        Configuration c = system.initialConfiguration(sentence);
        int n = transitions.size();
        double[] scores = new double[n];
        boolean[] valid = new boolean[n];
        try {
            while (!(boolean) isTerminal.invoke(system, c)) {
                int options = 0;
                int only = -1;
                for (int j = 0; j < n; j++) {
                    valid[j] = system.canApply(c, transitions.get(j));
                    if (valid[j]) {
                        options++;
                        only = j;
                    }
                }
                if (options == 1) {
                    system.apply(c, transitions.get(only));
                    continue;
                }
                double[] hidden = hidden((int[]) featureArray.invoke(parser, c));
                scores(hidden, scores);
                double best = Double.NEGATIVE_INFINITY;
                String chosen = null;
                for (int j = 0; j < n; j++) {
                    if (valid[j] && scores[j] > best) {
                        best = scores[j];
                        chosen = transitions.get(j);
                    }
                }
                system.apply(c, chosen);
            }
            // as predict(CoreMap) does: the tree's arcs as typed dependencies under a ROOT word
            IndexedWord root = new IndexedWord(new Word("ROOT"));
            root.set(CoreAnnotations.IndexAnnotation.class, 0);
            List<TypedDependency> deps = new ArrayList<>(labels.size());
            for (int k = 1; k <= labels.size(); k++) {
                int head = c.getHead(k);
                IndexedWord dep = new IndexedWord(labels.get(k - 1));
                IndexedWord gov = head == 0 ? root : new IndexedWord(labels.get(head - 1));
                GrammaticalRelation rel = head == 0 ? GrammaticalRelation.ROOT
                        : (GrammaticalRelation) relation.invoke(parser, c.getLabel(k));
                deps.add(new TypedDependency(rel, gov, dep));
            }
            return (GrammaticalStructure) structure.invoke(parser, deps, new TreeGraphNode(root));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * The hidden layer's activations: as {@code Classifier.computeScores}, each unit adding the features'
     * rows in the same order, four rows a pass (a quarter of the loads and stores of the sums).
     */
    private double[] hidden(int[] feature) {
        double[] hidden = new double[hiddenSize];
        double[][] rows = new double[feature.length][];
        int m = 0;
        int offset = 0;
        for (int j = 0; j < feature.length; j++) {
            int tok = feature[j];
            int index = tok * Config.numTokens + j;
            int id = preMap.row(index);
            if (id >= 0) {
                rows[m++] = saved[id];
            } else if (!sliced) {
                add(hidden, rows, m);
                m = 0;
                float[] emb = e[tok];
                for (int i = 0; i < w1.length; i++) {
                    double s = hidden[i];
                    float[] w = w1[i];
                    for (int k = 0; k < emb.length; k++) {
                        s += w[offset + k] * emb[k];
                    }
                    hidden[i] = s;
                }
            } else {
                rows[m++] = slice(tok, index, offset);
            }
            offset += embeddingSize;
        }
        add(hidden, rows, m);
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] += b1[i];
            hidden[i] = hidden[i] * hidden[i] * hidden[i];
        }
        return hidden;
    }

    /** Adds the first {@code m} rows to the sums, each unit's in row order. */
    private static void add(double[] hidden, double[][] rows, int m) {
        int n = hidden.length;
        int k = 0;
        for (; k + 4 <= m; k += 4) {
            double[] r0 = rows[k];
            double[] r1 = rows[k + 1];
            double[] r2 = rows[k + 2];
            double[] r3 = rows[k + 3];
            for (int i = 0; i < n; i++) {
                double h = hidden[i];
                h += r0[i];
                h += r1[i];
                h += r2[i];
                h += r3[i];
                hidden[i] = h;
            }
        }
        for (; k < m; k++) {
            double[] r = rows[k];
            for (int i = 0; i < n; i++) {
                hidden[i] += r[i];
            }
        }
    }

    /**
     * The slice of this word at this feature position, from the cache or computed now. The cache keeps two
     * generations of {@link #MAX_SLICES} slices each: when the current one is full it becomes the older
     * one and a slice still in use moves back on its next use, so the slices of common words outlive a
     * change of topic (a clean sweep, as before, recomputed about 1 in 4 lookups on ECB+ dev articles).
     * Races only recompute a slice, which comes out the same floats.
     */
    private double[] slice(int tok, int index, int offset) {
        Map<Integer, double[]> current = slices;
        double[] slice = current.get(index);
        if (slice == null) {
            slice = older.get(index);
            if (slice == null) {
                slice = slice(e[tok], offset);
            }
            if (current.size() >= MAX_SLICES) {
                synchronized (this) {
                    if (slices == current) {
                        older = current;
                        current = new ConcurrentHashMap<>();
                        slices = current;
                    } else {
                        current = slices;
                    }
                }
            }
            current.put(index, slice);
        }
        return slice;
    }

    /**
     * The hidden layer's input from one word outside the precomputed table: each unit's products summed
     * in index order as {@code matrixMultiplySlice} does, but four inputs at a time across all units (the
     * weights held by input), which the JIT compiles to vector instructions: 30 % less time than four units
     * side by side, every sum the same.
     */
    private double[] slice(float[] emb, int offset) {
        int n = w1.length;
        double[] sums = new double[n];
        int k = 0;
        for (; k + 4 <= emb.length; k += 4) {
            float x0 = emb[k];
            float x1 = emb[k + 1];
            float x2 = emb[k + 2];
            float x3 = emb[k + 3];
            float[] a0 = w1t[offset + k];
            float[] a1 = w1t[offset + k + 1];
            float[] a2 = w1t[offset + k + 2];
            float[] a3 = w1t[offset + k + 3];
            for (int i = 0; i < n; i++) {
                double s = sums[i];
                s += a0[i] * x0;
                s += a1[i] * x1;
                s += a2[i] * x2;
                s += a3[i] * x3;
                sums[i] = s;
            }
        }
        for (; k < emb.length; k++) {
            float x = emb[k];
            float[] a = w1t[offset + k];
            for (int i = 0; i < n; i++) {
                sums[i] += a[i] * x;
            }
        }
        for (int i = 0; i < n; i++) {
            sums[i] = (float) sums[i]; // a float, as the parser's slice is, held as a double to be added without conversion
        }
        return sums;
    }

    /**
     * The output layer's score of every transition: each the dot product of the hidden layer with its row,
     * summed in index order as {@code ArrayMath.dotProduct} does (so every score is the same double), but
     * taken a hidden unit at a time across all transitions, which the JIT compiles to vector instructions.
     */
    private void scores(double[] hidden, double[] scores) {
        int n = scores.length;
        java.util.Arrays.fill(scores, 0);
        int i = 0;
        for (; i + 4 <= hidden.length; i += 4) {
            double h0 = hidden[i];
            double h1 = hidden[i + 1];
            double h2 = hidden[i + 2];
            double h3 = hidden[i + 3];
            double[] r0 = w2t[i];
            double[] r1 = w2t[i + 1];
            double[] r2 = w2t[i + 2];
            double[] r3 = w2t[i + 3];
            for (int t = 0; t < n; t++) {
                double s = scores[t];
                s += h0 * r0[t];
                s += h1 * r1[t];
                s += h2 * r2[t];
                s += h3 * r3[t];
                scores[t] = s;
            }
        }
        for (; i < hidden.length; i++) {
            double h = hidden[i];
            double[] r = w2t[i];
            for (int t = 0; t < n; t++) {
                scores[t] += h * r[t];
            }
        }
    }

    /**
     * The classifier's map from (token, feature position) to its precomputed row, as an open-addressing
     * table of ints: read some 40 times a parser step, where the boxed map's lookups and the boxing of
     * every key were a tenth of a parse.
     */
    static final class RowIndex {
        private final int[] keys;
        private final int[] rows;
        private final int mask;
        private final int shift;

        RowIndex(Map<Integer, Integer> map) {
            int size = Integer.highestOneBit(Math.max(2, map.size()) * 2) * 2; // at most half full
            keys = new int[size];
            rows = new int[size];
            mask = size - 1;
            shift = Integer.numberOfLeadingZeros(size) + 1;
            java.util.Arrays.fill(rows, -1);
            map.forEach((k, v) -> {
                if (k == null || v == null || v < 0) {
                    throw new IllegalArgumentException("unexpected parser model layout");
                }
                int slot = slot(k);
                while (rows[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = k;
                rows[slot] = v;
            });
        }

        private int slot(int key) {
            return (key * 0x9E3779B9) >>> shift; // the product's top bits: a slot below size
        }

        /** The row of this key, or -1. */
        int row(int key) {
            int slot = slot(key);
            while (rows[slot] >= 0) {
                if (keys[slot] == key) {
                    return rows[slot];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }
    }
}
