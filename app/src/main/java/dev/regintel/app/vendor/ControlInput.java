package dev.regintel.app.vendor;

/** The GraphQL input {@code ControlInput}. */
record ControlInput(
    String id,
    String name,
    String nameJa,
    String description,
    String descriptionJa,
    String category,
    String note,
    String sourceUrl) {}
