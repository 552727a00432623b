package dev.regintel.ontology;

/** How a fact entered the graph ({@link Provenance#METHOD_KEY}). */
public enum Method {
  /** Fetched and parsed by a crawler. */
  CRAWL,
  /** Curated in seed-data. */
  SEED,
  /** Imported from a structured data file (e.g. OSCAL). */
  IMPORT,
  /** Entered by hand through the API. */
  MANUAL
}
