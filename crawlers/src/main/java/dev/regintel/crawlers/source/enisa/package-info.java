/**
 * ENISA: the RSS feed (links to new publications) and publication pages, mapped to document ids
 * that meet the curated ENISA seed records ({@link
 * dev.regintel.crawlers.source.enisa.EnisaSource}).
 */
package dev.regintel.crawlers.source.enisa;
