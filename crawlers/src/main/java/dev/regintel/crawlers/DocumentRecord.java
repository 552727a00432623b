package dev.regintel.crawlers;

import dev.regintel.ontology.Provenance;
import java.time.LocalDate;
import java.util.List;

/**
 * A document (one version or draft) as a source describes it. Ids follow the ontology's scheme
 * ({@code doc:<work>[:<version>]}), so crawled records meet curated seed records by id.
 *
 * @param id the document id
 * @param code the official designation
 * @param version the version or stage label, if any
 * @param title the English title
 * @param kind e.g. STANDARD, REGULATION, CONSULTATION (see the seed schema)
 * @param status DRAFT, FINAL, IN_FORCE, SUPERSEDED or WITHDRAWN
 * @param stage the publisher's stage name, e.g. "Initial Public Draft"
 * @param published the publication date, if known
 * @param commentOpens first day of the comment period, if any
 * @param commentCloses last day of the comment period, if any
 * @param publisher a publisher id, e.g. {@code pub:nist}
 * @param jurisdictions jurisdiction codes
 * @param url the official page
 * @param family the key shared by every version of the work
 * @param supersedes ids of documents this one replaces
 * @param summary a summary as the source gives it (for official, reusable texts only)
 * @param unverified names of this record's fields whose value the source does not state outright
 *     (e.g. a date read off a directory listing rather than the document), empty when it states
 *     every one; the ingest stores them as the seed does, so readers see which facts to check
 * @param provenance where and when this was read
 */
public record DocumentRecord(
    String id,
    String code,
    String version,
    String title,
    String kind,
    String status,
    String stage,
    LocalDate published,
    LocalDate commentOpens,
    LocalDate commentCloses,
    String publisher,
    List<String> jurisdictions,
    String url,
    String family,
    List<String> supersedes,
    String summary,
    List<String> unverified,
    Provenance provenance)
    implements CrawlRecord {

  public DocumentRecord {
    supersedes = supersedes == null ? List.of() : List.copyOf(supersedes);
    jurisdictions = jurisdictions == null ? List.of() : List.copyOf(jurisdictions);
    unverified = unverified == null ? List.of() : List.copyOf(unverified);
  }
}
