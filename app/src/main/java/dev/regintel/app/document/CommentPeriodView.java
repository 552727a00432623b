package dev.regintel.app.document;

import java.time.LocalDate;

/** A public comment period; either end may be unknown. */
public record CommentPeriodView(LocalDate opens, LocalDate closes) {

  /** Open on {@code day}: opened on or before it (or unknown) and closing on or after it. */
  public boolean openOn(LocalDate day) {
    boolean started = opens == null || !opens.isAfter(day);
    boolean notEnded = closes != null && !closes.isBefore(day);
    return started && notEnded;
  }
}
