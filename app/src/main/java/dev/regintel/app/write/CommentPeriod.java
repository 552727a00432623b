package dev.regintel.app.write;

import java.time.LocalDate;

/**
 * When a draft is open for public comment: from the first day to the last, both included, as the
 * publisher states them. Either may be unknown.
 */
public record CommentPeriod(LocalDate opens, LocalDate closes) {

  public CommentPeriod {
    if (opens != null && closes != null && closes.isBefore(opens)) {
      throw new IllegalArgumentException(
          "a comment period cannot close (" + closes + ") before it opens (" + opens + ")");
    }
  }
}
