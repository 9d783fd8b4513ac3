package org.parallax.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Named stages run in order; the pipeline alone decides that order. A result without a value stops
 * the run and carries the name of the stage that gave it. A stage that throws is a bug, reported as a
 * {@link StageResult.Failed} naming the stage so that one article cannot stop a batch; so is a stack
 * overflow, the one {@link Error} an input alone can cause.
 *
 * <pre>{@code
 * Pipeline<RawArticle, Article> p = Pipeline.start("clean", new ArticleCleaner())
 *         .then("sentences", new SentenceStage(splitter));
 * }</pre>
 */
public final class Pipeline<I, O> implements Stage<I, O> {
    private final List<Named> steps;

    private record Named(String name, Stage<Object, Object> stage) {
    }

    private Pipeline(List<Named> steps) {
        this.steps = List.copyOf(steps);
    }

    @SuppressWarnings("unchecked")
    public static <I, O> Pipeline<I, O> start(String name, Stage<I, O> stage) {
        return new Pipeline<>(List.of(named(name, (Stage<Object, Object>) (Stage<?, ?>) stage)));
    }

    @SuppressWarnings("unchecked")
    public <N> Pipeline<I, N> then(String name, Stage<O, N> stage) {
        List<Named> more = new ArrayList<>(steps);
        more.add(named(name, (Stage<Object, Object>) (Stage<?, ?>) stage));
        return new Pipeline<>(more);
    }

    private static Named named(String name, Stage<Object, Object> stage) {
        Objects.requireNonNull(stage, "stage");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("every stage needs a name");
        }
        return new Named(name, stage);
    }

    @Override
    @SuppressWarnings("unchecked")
    public StageResult<O> apply(I input) {
        Object value = input;
        for (Named step : steps) {
            StageResult<Object> result;
            try {
                result = step.stage().apply(value);
            } catch (RuntimeException e) {
                return StageResult.failed(step.name(), "internal error: " + e);
            } catch (StackOverflowError e) {
                // a library's recursion (a regex, a parser) on one hostile input: that input's problem only
                return StageResult.failed(step.name(), "input too deeply nested or repetitive for this stage"
                        + " (stack overflow)");
            }
            if (result instanceof StageResult.Ok<Object> ok) {
                value = ok.value();
            } else {
                return (StageResult<O>) (StageResult<?>) result;
            }
        }
        return StageResult.ok((O) value);
    }

    /**
     * This pipeline with the time of every step added to {@code times} under the step's name (same
     * names, same results): for benchmarks.
     */
    public Pipeline<I, O> timed(StageTimes times) {
        Objects.requireNonNull(times, "times");
        List<Named> wrapped = new ArrayList<>();
        for (Named step : steps) {
            Stage<Object, Object> inner = step.stage();
            wrapped.add(new Named(step.name(), in -> {
                long t0 = System.nanoTime();
                try {
                    return inner.apply(in);
                } finally {
                    times.add(step.name(), System.nanoTime() - t0);
                }
            }));
        }
        return new Pipeline<>(wrapped);
    }

    public List<String> stepNames() {
        return steps.stream().map(Named::name).toList();
    }

    @Override
    public String toString() {
        return "Pipeline" + stepNames();
    }
}
