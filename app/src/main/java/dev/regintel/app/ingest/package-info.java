/**
 * Getting data into the graph: the seed-data format (validated against {@code
 * seed-data/schema/seed.schema.json}), the loader that writes it idempotently, and the automatic
 * first load of {@code serve}.
 */
package dev.regintel.app.ingest;
