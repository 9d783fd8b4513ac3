package org.parallax.pipeline;

/**
 * One step of analysis with one job. Implementations are pure functions of their input: safe to reuse
 * and to call from several threads, holding per-run state only in local variables.
 *
 * <p>Expected bad input is returned as {@link StageResult.Skipped} or {@link StageResult.Failed};
 * exceptions are for programming and configuration errors.
 */
@FunctionalInterface
public interface Stage<I, O> {
    StageResult<O> apply(I input);

    /** A stage that cannot fail: wraps a plain function. */
    static <I, O> Stage<I, O> of(java.util.function.Function<I, O> function) {
        return input -> new StageResult.Ok<>(function.apply(input));
    }
}
