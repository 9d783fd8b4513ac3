/**
 * Named entities: per-article mentions (CoreNLP NER, coarse labels) and their merging across a story's
 * articles into entities with a canonical name, aliases and a short description.
 */
package org.parallax.entities;
