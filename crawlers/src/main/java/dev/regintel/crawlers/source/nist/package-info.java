/**
 * NIST: the CSRC drafts open for comment (JSON feed) and publication pages, mapped to document ids
 * that meet the curated NIST seed records, and the OSCAL catalogs of CSF 2.0 and SP 800-53 Rev. 5
 * (JSON or XML), mapped to requirements with the seed's refs ({@link
 * dev.regintel.crawlers.source.nist.NistSource}).
 */
package dev.regintel.crawlers.source.nist;
