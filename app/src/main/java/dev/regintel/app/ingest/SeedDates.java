package dev.regintel.app.ingest;

import java.time.LocalDate;
import java.time.YearMonth;

/** Dates as seed files write them: full dates, or only a year and month, or only a year. */
final class SeedDates {

  private SeedDates() {}

  /** A date with how much of it the source gave: DAY, MONTH or YEAR. */
  record Partial(LocalDate date, String precision) {}

  static Partial partial(String text) {
    if (text == null) {
      return null;
    }
    return switch (text.length()) {
      case 4 -> new Partial(LocalDate.of(Integer.parseInt(text), 1, 1), "YEAR");
      case 7 -> new Partial(YearMonth.parse(text).atDay(1), "MONTH");
      default -> new Partial(LocalDate.parse(text), "DAY");
    };
  }

  static LocalDate date(String text) {
    return text == null ? null : LocalDate.parse(text);
  }
}
