/** Writing a {@link org.parallax.model.Report} as the contract's JSON, a self-contained HTML page and Markdown. */
package org.parallax.report;
