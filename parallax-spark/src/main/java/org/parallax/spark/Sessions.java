package org.parallax.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a run. Under {@code spark-submit} the cluster's settings hold and only the
 * application name is set; on a laptop ({@code --master local[N]}) the web UI is off, the driver binds to
 * the loopback address, and shuffles have a few partitions per core instead of Spark's 200.
 */
final class Sessions {
    private Sessions() {
    }

    /** @param master a Spark master URL, or null to take spark-submit's */
    static SparkSession start(String master, int partitions) {
        SparkSession.Builder builder = SparkSession.builder().appName("parallax")
                .config("spark.sql.shuffle.partitions", partitions);
        if (master != null) {
            builder.master(master)
                    .config("spark.ui.enabled", false)
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.adaptive.enabled", false);
        }
        return builder.getOrCreate();
    }

    /** Partitions for a master: four per core of a local master, else Spark's default parallelism decides. */
    static int partitions(String master) {
        if (master != null && master.startsWith("local")) {
            String n = master.replaceAll("^local\\[?([0-9*]*)(,[0-9]+)?]?$", "$1");
            int cores = n.isEmpty() ? 1 : n.equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(n);
            return 4 * cores;
        }
        return 200;
    }
}
