package dev.regintel.ontology;

/** Node labels of the regintel graph. */
public enum Label {
  /** A publication, law, standard, draft or event document; each version is its own node. */
  Document,
  /** A provision inside a document, at any depth (article, paragraph, point, clause). */
  Requirement,
  /** A security capability or feature a device can implement. */
  Control,
  /** A product (or product family) placed on markets. */
  Device,
  /** A maker or vendor of devices. */
  Supplier,
  /** The body that issues documents (standards body, legislator, agency). */
  Publisher,
  /** A country, region or international sphere, by ISO 3166 code, EU or INT. */
  Jurisdiction,
  /** A bilingual glossary pair (English and Japanese) used by search. */
  Term,
  /**
   * When a document applies to a device: in a jurisdiction, for some product categories, from a
   * date; kept as data so coverage answers say why.
   */
  ApplicabilityRule,
  /** One crawl of one source: when, how, what it counted, its errors and conflicts. */
  CrawlRun,
  /**
   * Something a crawl changed in a document or requirement (new document, new version, status,
   * comment period, enrichment, text), with the values before and after: the history that keeps an
   * update from being a silent overwrite.
   */
  Change
}
