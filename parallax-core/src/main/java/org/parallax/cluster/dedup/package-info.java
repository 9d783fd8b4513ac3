/** Copies among articles: exact, near and partial (syndicated) copies, their shared passages and sources. */
package org.parallax.cluster.dedup;
