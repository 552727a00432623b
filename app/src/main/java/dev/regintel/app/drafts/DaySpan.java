package dev.regintel.app.drafts;

import dev.regintel.app.internal.graphql.ApiException;
import java.time.LocalDate;

/**
 * A span of days from {@code from} to {@code to}, both included, as the timeline and the deadlines
 * calendar take it: checked to run forwards and to be at most so many years long.
 */
public record DaySpan(LocalDate from, LocalDate to) {

  /** The span, or a BAD_USER_INPUT when it runs backwards or is longer than {@code maxYears}. */
  public static DaySpan checked(LocalDate from, LocalDate to, int maxYears) {
    if (to.isBefore(from)) {
      throw ApiException.badInput("to (" + to + ") must not be before from (" + from + ")");
    }
    if (to.isAfter(from.plusYears(maxYears))) {
      throw ApiException.badInput(
          "from and to must be at most " + maxYears + " years apart, not " + from + " to " + to);
    }
    return new DaySpan(from, to);
  }

  /** The BAD_USER_INPUT for a span that holds more than {@code max} of {@code what}. */
  public ApiException holdsTooMany(int max, String what) {
    return ApiException.badInput(
        "from "
            + from
            + " to "
            + to
            + " holds more than "
            + max
            + " "
            + what
            + "; narrow the span or the filters");
  }
}
