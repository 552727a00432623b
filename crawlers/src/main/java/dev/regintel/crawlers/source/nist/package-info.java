/**
 * NIST CSRC: drafts open for comment (JSON feed) and publication pages, mapped to document ids that
 * meet the curated NIST seed records ({@link dev.regintel.crawlers.source.nist.NistSource}).
 */
package dev.regintel.crawlers.source.nist;
