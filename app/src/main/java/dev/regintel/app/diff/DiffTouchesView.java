package dev.regintel.app.diff;

import dev.regintel.app.product.ControlView;
import dev.regintel.app.product.DeviceView;
import dev.regintel.app.requirement.MappingView;
import java.util.List;

/**
 * What a diff entry's requirements (either side) touch; the GraphQL type {@code DiffTouches}.
 *
 * @param controls the controls claimed to satisfy either side (SATISFIES)
 * @param devices the devices implementing those controls (IMPLEMENTS)
 * @param mappings the mappings of either side (MAPS_TO), each seen from that side
 */
public record DiffTouchesView(
    List<ControlView> controls, List<DeviceView> devices, List<MappingView> mappings) {}
