package dev.regintel.app.document;

import java.time.LocalDate;

/**
 * A public comment period; either end may be unknown.
 *
 * @param opens the first day comments are accepted, if known
 * @param closes the last day comments are accepted, if known
 * @param published the first day of the draft's publication date (the first of the month or year
 *     when the source gives no more): comments cannot open before the draft exists, so it stands in
 *     for an unknown opening day
 */
public record CommentPeriodView(LocalDate opens, LocalDate closes, LocalDate published) {

  /**
   * Open on {@code day}: opened on or before it (when the opening day is unknown: published on or
   * before it, or undated) and closing on or after it. Days are the publisher's calendar days.
   */
  public boolean openOn(LocalDate day) {
    LocalDate start = opens != null ? opens : published;
    boolean started = start == null || !start.isAfter(day);
    boolean notEnded = closes != null && !closes.isBefore(day);
    return started && notEnded;
  }
}
