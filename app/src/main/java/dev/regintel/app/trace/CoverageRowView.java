package dev.regintel.app.trace;

import dev.regintel.app.product.ControlView;
import dev.regintel.app.requirement.RequirementView;
import java.util.List;

/** Whether a device's controls fulfil one applicable requirement, and which controls reach it. */
public record CoverageRowView(
    RequirementView requirement, String fulfilment, List<ControlView> controls) {}
