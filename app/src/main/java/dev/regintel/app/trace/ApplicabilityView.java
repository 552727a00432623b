package dev.regintel.app.trace;

import dev.regintel.app.document.DocumentView;
import java.util.ArrayList;
import java.util.List;

/** A document that applies to a device in a market, and the rule that makes it apply, in words. */
public record ApplicabilityView(DocumentView document, String reason, List<String> unverified) {

  /** The answer of two rules about one document: both reasons, every unverified field once. */
  ApplicabilityView and(ApplicabilityView other) {
    List<String> fields = new ArrayList<>(unverified);
    other.unverified.stream().filter(f -> !fields.contains(f)).forEach(fields::add);
    return new ApplicabilityView(document, reason + " " + other.reason, List.copyOf(fields));
  }
}
