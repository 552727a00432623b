package dev.regintel.ontology;

/**
 * How much of a date its source gave ({@code Document.publishedPrecision}, {@code
 * inForcePrecision}). A date known only to the year or month is stored as the first day of it, so
 * two dates are the same as far as the less precise one reaches.
 */
public enum DatePrecision {
  /** Only the year: stored as 1 January. */
  YEAR,
  /** The year and month: stored as the first of the month. */
  MONTH,
  /** The full date. */
  DAY
}
