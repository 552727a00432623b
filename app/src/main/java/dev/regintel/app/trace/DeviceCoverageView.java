package dev.regintel.app.trace;

import dev.regintel.app.product.DeviceView;
import java.util.List;

/** Which rules apply to a device in its target markets, and how well its controls meet them. */
public record DeviceCoverageView(DeviceView device, List<JurisdictionCoverageView> jurisdictions) {}
