/**
 * NIST: the CSRC drafts open for comment (JSON feed) and publication pages, mapped to document ids
 * that meet the curated NIST seed records, and the OSCAL catalogs of CSF 2.0 and SP 800-53 Rev. 5
 * (JSON or XML), mapped to requirements with the seed's refs ({@link
 * dev.regintel.crawlers.source.nist.NistSource}). The same OSCAL parsing reads any catalog for
 * import, withdrawn items kept and marked ({@link dev.regintel.crawlers.source.nist.OscalImport}),
 * as the app's {@code oscal-catalog} seed files do with the SP 800-53 Rev. 4 and Rev. 5 catalogs.
 */
package dev.regintel.crawlers.source.nist;
