package dev.regintel.app.product;

import java.util.List;

/**
 * A device category with the applicability rules that name it; the GraphQL type {@code
 * DeviceCategory}.
 *
 * @param rules the rules that list it among the categories they cover
 * @param excludedBy the rules that list it as an exception
 * @param devices how many devices of the graph are of this category
 */
public record DeviceCategoryView(
    String code,
    String label,
    String labelJa,
    String description,
    List<String> rules,
    List<String> excludedBy,
    long devices) {}
