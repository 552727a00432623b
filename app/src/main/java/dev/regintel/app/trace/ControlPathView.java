package dev.regintel.app.trace;

import dev.regintel.app.product.ControlView;
import java.util.List;

/**
 * One of the controls that reach a coverage row, with its own best path there: the evidence a
 * report shows beside the row.
 */
public record ControlPathView(ControlView control, List<TraceStepView> path) {}
