package org.parallax.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PipelineTest {
    @Test
    void runsStagesInOrderAndListsTheirNames() {
        Pipeline<String, Integer> p = Pipeline.start("trim", Stage.of(String::strip)).then("length", Stage.of(String::length));
        assertThat(p.apply("  abc ")).isEqualTo(new StageResult.Ok<>(3));
        assertThat(p).hasToString("Pipeline[trim, length]");
    }

    @Test
    void stopsAtTheFirstResultWithoutValueNamingItsStage() {
        Pipeline<String, String> p = Pipeline.start("check", (String s) -> s.isEmpty()
                        ? StageResult.<String>skipped("check", "empty") : StageResult.ok(s))
                .then("upper", Stage.of(String::toUpperCase));
        assertThat(p.apply("").problem()).isEqualTo("check: empty");
    }

    @Test
    void aStageThatThrowsBecomesAFailureNamingTheStage() {
        Pipeline<String, Integer> p = Pipeline.start("parse", Stage.of(Integer::parseInt));
        StageResult<Integer> r = p.apply("x");
        assertThat(r).isInstanceOf(StageResult.Failed.class);
        assertThat(r.problem()).startsWith("parse: internal error");
    }

    @Test
    void refusesUnnamedStages() {
        assertThatThrownBy(() -> Pipeline.start(" ", Stage.of(x -> x))).isInstanceOf(IllegalArgumentException.class);
    }
}
