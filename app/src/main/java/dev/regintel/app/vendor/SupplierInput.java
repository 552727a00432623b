package dev.regintel.app.vendor;

/** The GraphQL input {@code SupplierInput}. */
record SupplierInput(
    String id, String name, String nameJa, String url, String note, String sourceUrl) {}
