/** The {@code parallax} command line: analyze, bench and the other commands, thin over the core library. */
package org.parallax.cli;
