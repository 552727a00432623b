package dev.regintel.crawlers;

import dev.regintel.ontology.Provenance;

/** A normalized record a parser produces; every one carries its provenance. */
public sealed interface CrawlRecord permits DocumentRecord, RequirementRecord {

  Provenance provenance();
}
