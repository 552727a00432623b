/**
 * Getting data into the graph: the seed-data format (validated against {@code
 * seed-data/schema/seed.schema.json}), including {@code oscal-catalog} files that import the OSCAL
 * catalogs shipped in {@code seed-data/oscal/} ({@link dev.regintel.app.ingest.OscalCatalogSeed}),
 * the loader that writes it idempotently, and the automatic first load of {@code serve}.
 */
package dev.regintel.app.ingest;
