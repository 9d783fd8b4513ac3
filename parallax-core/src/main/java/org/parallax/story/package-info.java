/** Story-level stages that do not belong to one analysis feature, such as choosing a headline. */
package org.parallax.story;
