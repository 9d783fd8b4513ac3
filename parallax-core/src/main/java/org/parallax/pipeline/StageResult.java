package org.parallax.pipeline;

import java.util.Objects;

/** What a stage made of its input: a value, or why it had nothing to give. */
public sealed interface StageResult<T> permits StageResult.Ok, StageResult.Skipped, StageResult.Failed {

    /** The stage produced a value. */
    record Ok<T>(T value) implements StageResult<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The input is not for this stage (e.g. an HTML page with no article text); not an error. */
    record Skipped<T>(String stage, String reason) implements StageResult<T> {
    }

    /** The input is bad in a way the user should hear about. */
    record Failed<T>(String stage, String reason) implements StageResult<T> {
    }

    static <T> StageResult<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> StageResult<T> failed(String stage, String reason) {
        return new Failed<>(stage, reason);
    }

    static <T> StageResult<T> skipped(String stage, String reason) {
        return new Skipped<>(stage, reason);
    }

    /** The value, when there is one. */
    default java.util.Optional<T> result() {
        return this instanceof Ok<T> ok ? java.util.Optional.of(ok.value()) : java.util.Optional.empty();
    }

    /** "stage: reason" for a result without value; empty for {@link Ok}. */
    default String problem() {
        if (this instanceof Skipped<T> s) {
            return s.stage() + ": " + s.reason();
        }
        if (this instanceof Failed<T> f) {
            return f.stage() + ": " + f.reason();
        }
        return "";
    }
}
