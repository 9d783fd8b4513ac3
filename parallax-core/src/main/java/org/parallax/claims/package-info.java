/** What a story establishes: check-worthy claims grouped across outlets, their independent sources, and conflicts. */
package org.parallax.claims;
