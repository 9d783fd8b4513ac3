/** Stages, their results, and the {@link org.parallax.pipeline.Pipeline} that composes them. */
package org.parallax.pipeline;
