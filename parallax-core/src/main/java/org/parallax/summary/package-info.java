/** A story's neutral summary, each sentence citing the documents it rests on. */
package org.parallax.summary;
