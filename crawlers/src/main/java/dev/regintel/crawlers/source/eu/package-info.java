/**
 * EU legislation: Official Journal XHTML from CELLAR, read into a document and its articles,
 * paragraphs, points and annexes with ids that meet the curated EU seed records ({@link
 * dev.regintel.crawlers.source.eu.EuCellarSource}).
 */
package dev.regintel.crawlers.source.eu;
