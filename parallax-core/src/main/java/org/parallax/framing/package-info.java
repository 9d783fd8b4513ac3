/** How each outlet tells a story: loaded words in its own voice, actor labels, sourcing and coverage. */
package org.parallax.framing;
