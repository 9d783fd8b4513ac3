/** Grouping articles into stories (one real-world event each), near-duplicates and syndication. */
package org.parallax.cluster;
