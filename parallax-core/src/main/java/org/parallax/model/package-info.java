/** Immutable records that flow between Parallax stages: articles, spans, entities, quotes, claims and stories. */
package org.parallax.model;
