/**
 * Crawlers for the regulators' and standards bodies' sites. Fetching (HTTP, robots.txt, per-host
 * politeness, conditional GET) and parsing are separate stages: a source's parser takes bytes and
 * returns normalized records with their provenance and never fetches. Depends on the ontology only,
 * never on the app.
 */
package dev.regintel.crawlers;
