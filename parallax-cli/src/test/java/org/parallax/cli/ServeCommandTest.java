package org.parallax.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCommandTest {
    @Test
    void refusesToListenBeyondThisComputerWithoutAToken(@TempDir Path data) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run("serve", "--host", "0.0.0.0", "--port", "0", "--data", data.toString());
            assertThat(code).isEqualTo(2);
            assertThat(captured.toString(StandardCharsets.UTF_8)).contains("--token");
        } finally {
            System.setErr(err);
        }
    }
}
