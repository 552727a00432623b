package dev.regintel.ontology;

/**
 * What a crawl changed ({@code Change.kind}). A {@link Label#Change} node records one of these with
 * the fields changed and their values before and after.
 */
public enum ChangeKind {
  /** A document the graph did not hold, with no other version of its work in the graph. */
  NEW_DOCUMENT,
  /** A document the graph did not hold that supersedes another or shares its family with one. */
  NEW_VERSION,
  /** A crawled document's status changed. */
  STATUS_CHANGED,
  /** A crawled document's comment period (opens, closes) changed. */
  COMMENT_PERIOD_CHANGED,
  /** Other fields of a crawled document changed. */
  UPDATED,
  /** A curated document or requirement had empty fields filled in from a crawl. */
  ENRICHED,
  /** A requirement was added to a document the graph already held. */
  REQUIREMENT_ADDED,
  /** A crawled requirement's fields changed. */
  REQUIREMENT_CHANGED
}
