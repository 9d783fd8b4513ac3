/** Time expressions resolved to calendar values against an article's date, and the story timeline. */
package org.parallax.time;
