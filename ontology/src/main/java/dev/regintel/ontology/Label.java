package dev.regintel.ontology;

/**
 * Node labels of the regintel graph. The domain nodes (from {@link #Document} to {@link #Term})
 * carry {@link Provenance}; {@link #ApplicabilityRule} and {@link #Change} do too. The bookkeeping
 * nodes ({@link #CrawlRun}, {@link #FetchCache}, {@link #RegintelMeta}, {@link #ApiKey}, {@link
 * #Watch}) describe the graph's own operation and carry none. Every property is listed in {@code
 * docs/ontology.md}.
 */
public enum Label {
  /**
   * A publication, law, standard, draft or event document; each version is its own node. Key:
   * {@code id} ({@link Ids#DOCUMENT}).
   */
  Document,
  /**
   * A provision inside a document, at any depth (article, paragraph, point, clause). Key: {@code
   * id} ({@link Ids#REQUIREMENT}).
   */
  Requirement,
  /**
   * A security capability or feature a device can implement. Key: {@code id} ({@link Ids#CONTROL}).
   */
  Control,
  /** A product (or product family) placed on markets. Key: {@code id} ({@link Ids#DEVICE}). */
  Device,
  /** A maker or vendor of devices. Key: {@code id} ({@link Ids#SUPPLIER}). */
  Supplier,
  /**
   * The body that issues documents (standards body, legislator, agency). Key: {@code id} ({@link
   * Ids#PUBLISHER}).
   */
  Publisher,
  /** A country, region or international sphere. Key: {@code code} (ISO 3166, EU or INT). */
  Jurisdiction,
  /** A bilingual glossary pair (English and Japanese) used by search. Key: {@code id}. */
  Term,
  /**
   * When a document applies to a device: in a jurisdiction, for some product categories, from a
   * date; kept as data so coverage answers say why. Key: {@code id} ({@link Ids#RULE}).
   */
  ApplicabilityRule,
  /**
   * Something a crawl changed in a document or requirement (a {@link ChangeKind}), with the values
   * before and after: the history that keeps an update from being a silent overwrite. Key: {@code
   * id} ({@link Ids#CHANGE}); linked to its document and crawl run by the properties {@code
   * documentId} and {@code runId}, not by relationships.
   */
  Change,
  /**
   * One crawl of one source: when, how, what it counted, its errors and conflicts. Key: {@code id}
   * ({@link Ids#CRAWL_RUN}).
   */
  CrawlRun,
  /**
   * The HTTP cache validators (ETag, Last-Modified) of one fetched URL, kept with the graph they
   * describe so that a new graph fetches everything in full. Key: {@code url}.
   */
  FetchCache,
  /**
   * The graph's own state, one node per {@code key}: {@code graph} counts the generations of the
   * graph (which tell derived data such as the search index that it is stale), {@code seed} records
   * when seed data was loaded.
   */
  RegintelMeta,
  /**
   * An API key of the service: its id, role, label, created and revoked times, and the SHA-256 of
   * the key, never the key itself. Key: {@code id}.
   */
  ApiKey,
  /** A saved watch: the feed filters an API key keeps, with the id of that key. Key: {@code id}. */
  Watch
}
