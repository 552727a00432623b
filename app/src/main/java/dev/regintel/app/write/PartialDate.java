package dev.regintel.app.write;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.regintel.ontology.DatePrecision;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date with as much of it as the source gave: a day, or only a month, or only a year. Stored as
 * the first day of the period with a {@code <field>Precision} property beside it, so that a
 * year-only date is never read as the first of January.
 *
 * @param date the date, or the first day of the month or year
 * @param precision how much of the date the source gave
 */
public record PartialDate(LocalDate date, DatePrecision precision) {

  public PartialDate {
    if (date == null) {
      throw new IllegalArgumentException("a partial date needs a date");
    }
    if (precision == null) {
      throw new IllegalArgumentException("a partial date needs a precision");
    }
  }

  /** A full date. */
  public static PartialDate day(LocalDate date) {
    return date == null ? null : new PartialDate(date, DatePrecision.DAY);
  }

  /** {@code 2024}, {@code 2024-06} or {@code 2024-06-30}; null for null. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PartialDate parse(String text) {
    if (text == null) {
      return null;
    }
    return switch (text.length()) {
      case 4 -> new PartialDate(LocalDate.of(Integer.parseInt(text), 1, 1), DatePrecision.YEAR);
      case 7 -> new PartialDate(YearMonth.parse(text).atDay(1), DatePrecision.MONTH);
      default -> new PartialDate(LocalDate.parse(text), DatePrecision.DAY);
    };
  }
}
