package dev.regintel.app.document;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which version of a document answered on a day: the latest version that was final (published,
 * made, adopted) by then, else the latest draft published by then. A version that is not a draft
 * ({@link VersionOrder#isDraft}) counts from its publication, or its entry into force when it has
 * no publication date; a date given only as a month or year counts from the end of that month or
 * year, so a final version is never answered for a day it may not yet have existed on. A draft
 * counts from the first day its date allows. A law made but not yet in force on the day is answered
 * (its {@code inForce} says from when it applies): it was the rule as made.
 */
final class AsOf {

  private AsOf() {}

  /** The version that answered on {@code day}, if any did. */
  static Optional<DocumentView> pick(List<DocumentView> versions, LocalDate day) {
    Optional<DocumentView> inForce =
        versions.stream()
            .filter(v -> !VersionOrder.isDraft(v))
            .filter(v -> from(v) != null && !from(v).isAfter(day))
            .max(Comparator.comparing(AsOf::from).thenComparing(VersionOrder.OLDEST_FIRST));
    if (inForce.isPresent()) {
      return inForce;
    }
    return versions.stream()
        .filter(VersionOrder::isDraft)
        .filter(v -> v.published() != null && !v.published().isAfter(day))
        .max(VersionOrder.OLDEST_FIRST);
  }

  /** The first day a version counts on. */
  private static LocalDate from(DocumentView v) {
    return v.published() != null ? VersionOrder.periodEnd(v) : v.inForce();
  }
}
