package dev.regintel.app.trace;

import dev.regintel.app.requirement.RequirementView;
import java.util.List;

/** A requirement reached by a trace, with the best path and the fulfilment composed along it. */
public record TraceHitView(
    RequirementView requirement, String fulfilment, int hops, List<TraceStepView> path) {}
