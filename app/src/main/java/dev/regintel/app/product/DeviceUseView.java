package dev.regintel.app.product;

import java.util.List;

/**
 * Who a device is sold to, with the applicability rules that cover only some uses; the GraphQL type
 * {@code DeviceUse}.
 *
 * @param rules the rules that list this use among the only ones they cover
 * @param devices how many devices of the graph have this use
 */
public record DeviceUseView(
    String code, String label, String labelJa, List<String> rules, long devices) {}
