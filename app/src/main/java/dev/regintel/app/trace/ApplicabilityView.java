package dev.regintel.app.trace;

import dev.regintel.app.document.DocumentView;

/** A document that applies to a device in a market, and the rule that makes it apply, in words. */
public record ApplicabilityView(DocumentView document, String reason) {}
