package dev.regintel.ontology;

/** Where in a crawl an error happened (the {@code stage} of an error a crawl run records). */
public enum CrawlStage {
  /** Fetching: an error status, a timeout, a size or redirect limit, robots.txt, the page limit. */
  FETCH,
  /** Parsing the fetched bytes into records. */
  PARSE,
  /** Storing records in the graph, or a record rejected as invalid. */
  STORE
}
