/**
 * Who said what: direct quotes and their speakers in each article, and their alignment across a
 * story's outlets into one statement with verbatim, fragment, altered and paraphrased renderings.
 */
package org.parallax.quotes;
