/**
 * The web pages for people, at {@code /}: search, documents and requirements, trace with its graph,
 * coverage with its exports, and what is open for comment, in Japanese or English. Every page is
 * rendered on the server from the public GraphQL API, run in process ({@link
 * dev.regintel.app.web.PageData}), so a page shows exactly what the API answers, under the same
 * limits; a little script (htmx, cytoscape.js, both from WebJars) only refines it.
 */
package dev.regintel.app.web;
