package org.parallax.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntConsumer;

/**
 * Runs a stage on many inputs, a few at a time, with a time limit for each: an input whose run takes
 * longer is given up, its result a {@link StageResult.Failed} naming the limit, and the batch goes on
 * with the rest (issue 18).
 *
 * <p>Why the worker is abandoned rather than stopped: the stages call libraries (CoreNLP above all)
 * that neither check for interruption nor can be killed safely from outside; Java has no way to stop a
 * thread that does not cooperate. So each input runs on a daemon thread of its own; when its time is up
 * the thread is interrupted (a library that honours that ends early) and left behind, and a new thread
 * takes its place, so the batch always finishes. The trade-off: an abandoned thread keeps its core and
 * its memory until its input is done (or the process ends, which the command line does right after the
 * batch); its result, if it ever comes, is dropped. A long-lived process should count abandoned threads
 * ({@link #abandoned()}) and restart when they pile up. Thread-safe; one instance per run.
 */
public final class TimeBoxed<I, O> {
    private final Stage<I, O> stage;
    private final String name;
    private final int threads;
    private final Duration limit;
    private final AtomicInteger abandoned = new AtomicInteger();
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    /**
     * @param name    the stage name a timed-out result carries
     * @param threads how many inputs run at once
     * @param limit   the longest one input may take
     */
    public TimeBoxed(String name, Stage<I, O> stage, int threads, Duration limit) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.name = Objects.requireNonNull(name, "name");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive: " + limit);
        }
        this.threads = threads;
        this.limit = limit;
    }

    /** The message of a result given up on. */
    public static String timedOut(Duration limit) {
        return "analysis took longer than the limit of " + seconds(limit) + ": skipped";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** How many workers this instance has given up on so far. */
    public int abandoned() {
        return abandoned.get();
    }

    /**
     * The stage's result for every input, in input order; {@code progress} hears the count of inputs
     * done (or given up) after each. Returns when every input has a result.
     */
    public List<StageResult<O>> applyAll(List<I> inputs, IntConsumer progress) {
        int n = inputs.size();
        AtomicReferenceArray<StageResult<O>> results = new AtomicReferenceArray<>(n);
        LinkedBlockingQueue<Integer> finished = new LinkedBlockingQueue<>();
        Map<Integer, Running> running = new HashMap<>();
        int next = 0;
        int done = 0;
        while (done < n) {
            while (running.size() < threads && next < n) {
                int i = next++;
                I input = inputs.get(i);
                Thread t = new Thread(() -> {
                    StageResult<O> r;
                    try {
                        r = stage.apply(input);
                    } catch (RuntimeException e) {
                        r = StageResult.failed(name, "internal error: " + e);
                    } catch (StackOverflowError e) {
                        r = StageResult.failed(name, "input too deeply nested or repetitive for this stage (stack overflow)");
                    }
                    results.compareAndSet(i, null, r); // a result that comes after the limit is dropped
                    finished.add(i);
                }, "parallax-" + name + "-" + THREAD_NUMBER.incrementAndGet());
                t.setDaemon(true); // an abandoned worker must not keep the process alive
                running.put(i, new Running(t, System.nanoTime() + limit.toNanos()));
                t.start();
            }
            long now = System.nanoTime();
            long wait = running.values().stream().mapToLong(r -> r.deadline - now).min().orElse(0);
            Integer i;
            try {
                i = finished.poll(Math.max(wait, 0), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while analysing", e);
            }
            if (i != null) {
                if (running.remove(i) != null) {
                    progress.accept(++done);
                }
                continue;
            }
            long late = System.nanoTime();
            for (Integer k : new ArrayList<>(running.keySet())) {
                Running r = running.get(k);
                if (r.deadline <= late && results.compareAndSet(k, null, StageResult.failed(name, timedOut(limit)))) {
                    running.remove(k);
                    r.thread.interrupt();
                    abandoned.incrementAndGet();
                    progress.accept(++done);
                }
            }
        }
        List<StageResult<O>> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(results.get(k));
        }
        return out;
    }

    private record Running(Thread thread, long deadline) {
    }
}
