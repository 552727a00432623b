package dev.regintel.app.trace;

import dev.regintel.app.requirement.RequirementView;
import java.util.List;

/** Every control (with its devices) that reaches one requirement. */
public record ReverseTraceView(RequirementView requirement, List<ReverseTraceHitView> hits) {}
