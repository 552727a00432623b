/**
 * FIRST: press releases (news API) and standards pages (CVSS, CSIRT and PSIRT Services Frameworks),
 * mapped to document ids that meet the curated FIRST seed records ({@link
 * dev.regintel.crawlers.source.first.FirstSource}).
 */
package dev.regintel.crawlers.source.first;
