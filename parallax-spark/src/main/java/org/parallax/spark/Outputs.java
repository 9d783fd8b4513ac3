package org.parallax.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.parallax.report.JsonReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a run's output under one folder (any Hadoop path): {@code documents/}, {@code stories/} and
 * {@code rejected/} as JSON Lines (part files, in report order: one report.json document, story object or
 * rejected input a line), and {@code parquet/documents/} and {@code parquet/stories/}, whose nested schema
 * Spark infers from those same objects. With {@code report}, also a single {@code report.json} collected
 * on the driver, for runs that fit one machine.
 */
final class Outputs {
    private Outputs() {
    }

    static void write(SparkSession spark, SparkAnalysis.Output output, String dir, boolean parquet, boolean report)
            throws IOException {
        lines(output.documents(), dir + "/documents");
        lines(output.stories(), dir + "/stories");
        lines(output.rejected(), dir + "/rejected");
        if (parquet) {
            parquet(spark, output.documents(), dir + "/parquet/documents");
            parquet(spark, output.stories(), dir + "/parquet/stories");
        }
        if (report) {
            Path file = Path.of(dir.replaceFirst("^file:", "")).resolve("report.json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, JsonReport.mapper().writeValueAsString(SparkAnalysis.report(output)), StandardCharsets.UTF_8);
        }
    }

    private static void lines(Dataset<String> json, String path) {
        json.write().mode(SaveMode.Overwrite).text(path);
    }

    private static void parquet(SparkSession spark, Dataset<String> json, String path) {
        if (json.isEmpty()) {
            return;
        }
        spark.read().json(json).write().mode(SaveMode.Overwrite).parquet(path);
    }
}
