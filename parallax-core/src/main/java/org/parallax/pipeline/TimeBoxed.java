package org.parallax.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * thread that does not cooperate. So inputs run on daemon worker threads; when an input's time is up its
 * worker is interrupted (a library that honours that ends early) and left behind, and a new worker takes
 * its place, so the batch always finishes. The trade-off: an abandoned thread keeps its core and
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
     *
     * <p>Workers take inputs one after another (no thread per input: a batch of 100,000 articles would
     * spend seconds making threads). Whoever sets an input's result first owns it: the worker when it
     * finishes in time, the coordinator when the input's time is up. A worker that finds its result taken
     * has been given up on, and ends instead of taking another input; a new worker has already taken its
     * place.
     */
    public List<StageResult<O>> applyAll(List<I> inputs, IntConsumer progress) {
        int n = inputs.size();
        AtomicReferenceArray<StageResult<O>> results = new AtomicReferenceArray<>(n);
        LinkedBlockingQueue<Integer> finished = new LinkedBlockingQueue<>();
        AtomicInteger next = new AtomicInteger();
        List<Worker> workers = new ArrayList<>();
        for (int w = 0; w < Math.min(threads, n); w++) {
            workers.add(start(inputs, results, finished, next));
        }
        int done = 0;
        while (done < n) {
            long now = System.nanoTime();
            long wait = limit.toNanos();
            for (Worker w : workers) {
                Task t = w.task;
                if (t != null) {
                    wait = Math.min(wait, t.deadline - now);
                }
            }
            Integer i;
            try {
                i = finished.poll(Math.max(wait, 0), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while analysing", e);
            }
            if (i != null) {
                progress.accept(++done);
                continue;
            }
            long late = System.nanoTime();
            for (Worker w : new ArrayList<>(workers)) {
                Task t = w.task;
                if (t != null && t.deadline <= late
                        && results.compareAndSet(t.index, null, StageResult.failed(name, timedOut(limit)))) {
                    w.thread.interrupt();
                    abandoned.incrementAndGet();
                    workers.remove(w);
                    if (next.get() < n) {
                        workers.add(start(inputs, results, finished, next));
                    }
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

    private Worker start(List<I> inputs, AtomicReferenceArray<StageResult<O>> results,
                         LinkedBlockingQueue<Integer> finished, AtomicInteger next) {
        Worker w = new Worker();
        w.thread = new Thread(() -> {
            for (int k = next.getAndIncrement(); k < inputs.size(); k = next.getAndIncrement()) {
                w.task = new Task(k, System.nanoTime() + limit.toNanos());
                StageResult<O> r;
                try {
                    r = stage.apply(inputs.get(k));
                } catch (RuntimeException e) {
                    r = StageResult.failed(name, "internal error: " + e);
                } catch (StackOverflowError e) {
                    r = StageResult.failed(name, "input too deeply nested or repetitive for this stage (stack overflow)");
                }
                w.task = null;
                if (!results.compareAndSet(k, null, r)) {
                    return; // given up on: the result came too late and a new worker runs in this one's place
                }
                finished.add(k);
            }
        }, "parallax-" + name + "-" + THREAD_NUMBER.incrementAndGet());
        w.thread.setDaemon(true); // an abandoned worker must not keep the process alive
        w.thread.start();
        return w;
    }

    /** An input being worked on and when its time is up; replaced whole, so it is read whole. */
    private record Task(int index, long deadline) {
    }

    private static final class Worker {
        Thread thread;
        volatile Task task;
    }
}
