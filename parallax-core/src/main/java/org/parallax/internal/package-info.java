/**
 * Shared machinery that is not part of Parallax's API: process-wide holders for the heavy models
 * (CoreNLP pipelines, the sentence-embedding model). Feature packages use it; users should not.
 */
package org.parallax.internal;
