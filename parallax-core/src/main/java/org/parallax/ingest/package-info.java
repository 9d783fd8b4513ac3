/** Reading articles (text, HTML, JSON Lines; files, folders, stdin), cleaning them and finding their metadata. */
package org.parallax.ingest;
