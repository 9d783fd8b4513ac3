/** The local web app: server-rendered pages and a JSON API over the store, served by Javalin. */
package org.parallax.web;
