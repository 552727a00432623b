package dev.regintel.app.vendor;

import java.util.List;

/** The GraphQL input {@code DeviceInput}. */
record DeviceInput(
    String id,
    String name,
    String nameJa,
    String category,
    String use,
    String supplier,
    List<String> markets,
    List<String> controls,
    String note,
    String sourceUrl) {}
