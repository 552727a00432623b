package dev.regintel.app.trace;

import dev.regintel.app.jurisdiction.JurisdictionView;
import java.util.List;

/**
 * Coverage of a device in one market: applicable documents, one row per requirement of the device,
 * the organisation's duties apart, and counts of each.
 */
public record JurisdictionCoverageView(
    JurisdictionView jurisdiction,
    List<ApplicabilityView> applicable,
    List<CoverageRowView> rows,
    List<CoverageRowView> organisationRows,
    int full,
    int partial,
    int none,
    int organisationFull,
    int organisationPartial,
    int organisationNone) {}
