/** Parallax on Apache Spark: the same article pipeline, clustering, copy finding and story pipeline, split across machines. */
package org.parallax.spark;
