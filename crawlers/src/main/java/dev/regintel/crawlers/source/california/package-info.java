/**
 * California: Civil Code sections (official text, as requirements) and the bills that enacted them,
 * from leginfo.legislature.ca.gov ({@link
 * dev.regintel.crawlers.source.california.CaliforniaSource}), with ids that meet the curated
 * California seed records.
 */
package dev.regintel.crawlers.source.california;
