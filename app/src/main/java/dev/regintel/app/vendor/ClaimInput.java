package dev.regintel.app.vendor;

/** The GraphQL input {@code ClaimInput}. */
record ClaimInput(
    String controlId, String requirementId, String fulfilment, String evidence, String sourceUrl) {}
