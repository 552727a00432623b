package dev.regintel.app.trace;

import dev.regintel.app.product.ControlView;
import dev.regintel.app.requirement.RequirementView;
import java.util.List;

/**
 * Whether a device's controls fulfil one applicable requirement, which controls reach it and by
 * which path, whose duty it is, and for a NONE row what is missing.
 *
 * @param path the best path from one of the controls to the requirement; empty for NONE
 * @param evidence each of {@code controls} with its own best path to the requirement
 * @param duty DEVICE or ORGANISATION ({@link dev.regintel.ontology.Duty})
 * @param scope the strongest scope of the rules that make its document apply
 * @param gap for NONE: why, in English; null otherwise
 * @param gapJa the same in Japanese
 * @param knownControls for NONE: controls in the graph (not the device's) claimed to satisfy it
 */
public record CoverageRowView(
    RequirementView requirement,
    String fulfilment,
    List<ControlView> controls,
    List<TraceStepView> path,
    List<ControlPathView> evidence,
    String duty,
    String scope,
    String gap,
    String gapJa,
    List<ControlView> knownControls) {}
