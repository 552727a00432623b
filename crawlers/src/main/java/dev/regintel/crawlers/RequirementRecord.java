package dev.regintel.crawlers;

import dev.regintel.ontology.Provenance;

/**
 * A provision of a crawled document, e.g. a schedule paragraph of a UK statutory instrument or an
 * article point of an EU act, with the source's own text where its licence allows reuse.
 *
 * @param documentId the id of the document it belongs to
 * @param ref its citation inside the document, e.g. "Sch. 1 para. 1(1)", "Art. 21(2)(d)"
 * @param parentRef the ref of the provision it is part of, or null at top level
 * @param title a short title or heading
 * @param text the official text
 * @param obligation MANDATORY, CONDITIONAL, RECOMMENDED or INFORMATIVE, as far as the parser can
 *     tell
 * @param provenance where and when this was read
 */
public record RequirementRecord(
    String documentId,
    String ref,
    String parentRef,
    String title,
    String text,
    String obligation,
    Provenance provenance)
    implements CrawlRecord {}
