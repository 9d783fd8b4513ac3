package org.parallax.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each named stage, summed over every call and thread ({@link Pipeline#timed}); what
 * {@code parallax bench-analyze} prints per stage. Thread-safe.
 */
public final class StageTimes {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    void add(String stage, long spent) {
        order.computeIfAbsent(stage, s -> order.size());
        nanos.computeIfAbsent(stage, s -> new LongAdder()).add(spent);
        calls.computeIfAbsent(stage, s -> new LongAdder()).increment();
    }

    /** Milliseconds spent in each stage so far, in the order stages were first met. */
    public Map<String, Double> millis() {
        Map<String, Double> out = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum() / 1e6));
        return out;
    }

    /** How many times each stage ran. */
    public long calls(String stage) {
        LongAdder n = calls.get(stage);
        return n == null ? 0 : n.sum();
    }

    /** Forgets everything measured so far. */
    public void reset() {
        nanos.clear();
        calls.clear();
        order.clear();
    }
}
