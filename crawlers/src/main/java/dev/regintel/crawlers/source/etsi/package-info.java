/**
 * ETSI: deliverable metadata from the deliver tree's directory listings and the standards-search
 * data endpoint, with ids that meet the curated ETSI seed records ({@link
 * dev.regintel.crawlers.source.etsi.EtsiSource}). Metadata only: ETSI's texts may not be
 * reproduced.
 */
package dev.regintel.crawlers.source.etsi;
