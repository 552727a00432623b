/**
 * UK sources: legislation.gov.uk (Atom lists and CLML texts of legislation, {@link
 * dev.regintel.crawlers.source.uk.LegislationGovUkSource}) and GOV.UK (consultations from the
 * Search and Content APIs, {@link dev.regintel.crawlers.source.uk.GovUkSource}). All Crown
 * copyright under the Open Government Licence v3.0.
 */
package dev.regintel.crawlers.source.uk;
