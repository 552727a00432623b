package dev.regintel.app.trace;

import dev.regintel.app.jurisdiction.JurisdictionView;
import java.util.List;

/**
 * Coverage of a device in one market: applicable documents, one row per requirement, and counts.
 */
public record JurisdictionCoverageView(
    JurisdictionView jurisdiction,
    List<ApplicabilityView> applicable,
    List<CoverageRowView> rows,
    int full,
    int partial,
    int none) {}
