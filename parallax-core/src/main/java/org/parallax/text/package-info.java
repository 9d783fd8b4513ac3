/** The text layer: sentences and tokens with offsets into the original, and normalisation for matching. */
package org.parallax.text;
