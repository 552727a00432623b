package dev.regintel.app.trace;

import dev.regintel.app.product.ControlView;
import java.util.List;

/** The requirements a control reaches. */
public record TraceView(ControlView control, List<TraceHitView> hits) {}
