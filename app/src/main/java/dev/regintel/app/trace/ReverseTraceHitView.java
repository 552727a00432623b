package dev.regintel.app.trace;

import dev.regintel.app.product.ControlView;
import dev.regintel.app.product.DeviceView;
import java.util.List;

/** A control that reaches the requirement, the devices implementing it, and the best path. */
public record ReverseTraceHitView(
    ControlView control,
    List<DeviceView> devices,
    String fulfilment,
    int hops,
    List<TraceStepView> path) {}
