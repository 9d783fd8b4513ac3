/** The embedded database: articles, stories and full-text search kept in one SQLite file, safely across restarts. */
package org.parallax.store;
