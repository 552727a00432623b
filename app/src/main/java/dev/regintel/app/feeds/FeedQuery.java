package dev.regintel.app.feeds;

import dev.regintel.app.internal.graphql.ApiException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of a feed, read and checked: a parameter a feed does not know, or one given
 * twice where one value is expected, is refused (BAD_USER_INPUT, answered with 400) rather than
 * ignored, so a subscriber sees a typo at once. List parameters take repeated or comma-separated
 * values; their bounds are the GraphQL filters' ({@code DraftFilter}).
 */
final class FeedQuery {

  /** The longest query string a feed reads, in characters. */
  static final int MAX_QUERY_LENGTH = 4000;

  private final Map<String, String[]> parameters;

  private FeedQuery(Map<String, String[]> parameters) {
    this.parameters = parameters;
  }

  /** The parameters of a request to a feed that knows only {@code known}. */
  static FeedQuery of(Map<String, String[]> parameters, String queryString, Set<String> known) {
    if (queryString != null && queryString.length() > MAX_QUERY_LENGTH) {
      throw ApiException.badInput(
          "the query string must be at most " + MAX_QUERY_LENGTH + " characters");
    }
    for (String name : parameters.keySet()) {
      if (!known.contains(name)) {
        throw ApiException.badInput(
            "unknown parameter '"
                + name
                + "'; this feed takes "
                + String.join(", ", sorted(known)));
      }
    }
    return new FeedQuery(parameters);
  }

  /** The values of a list parameter (null when absent), split at commas. */
  List<String> list(String name) {
    String[] given = parameters.get(name);
    if (given == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String v : given) {
      Arrays.stream(v.split(",", -1)).map(String::strip).forEach(out::add);
    }
    // Bounds and blank values are DraftFilter's to check, with its messages.
    return out;
  }

  /** The one value of a parameter, or null. */
  String single(String name) {
    String[] given = parameters.get(name);
    if (given == null) {
      return null;
    }
    if (given.length > 1) {
      throw ApiException.badInput("'" + name + "' takes one value, not " + given.length);
    }
    return given[0].strip();
  }

  /** A day, as 2020-02-01. */
  LocalDate date(String name) {
    String v = single(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badInput("'" + name + "' must be a date like 2020-02-01, not '" + v + "'");
    }
  }

  /** An instant, as 2020-02-01T00:00:00Z, or a day, taken as its start in UTC. */
  OffsetDateTime instant(String name) {
    String v = single(name);
    if (v == null) {
      return null;
    }
    try {
      return v.length() == 10
          ? LocalDate.parse(v).atStartOfDay().atOffset(ZoneOffset.UTC)
          : OffsetDateTime.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badInput(
          "'"
              + name
              + "' must be a date (2020-02-01) or a date-time with offset"
              + " (2020-02-01T09:00:00+09:00), not '"
              + v
              + "'");
    }
  }

  /** A whole number from {@code min} to {@code max}. */
  Integer number(String name, int min, int max) {
    String v = single(name);
    if (v == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiException.badInput(
        "'" + name + "' must be a whole number from " + min + " to " + max + ", not '" + v + "'");
  }

  /** A time zone by its IANA name, e.g. Asia/Tokyo; UTC when absent. */
  ZoneId zone(String name) {
    String v = single(name);
    if (v == null) {
      return ZoneOffset.UTC;
    }
    if (v.length() > 64) {
      throw ApiException.badInput("'" + name + "' must be a time zone name like Asia/Tokyo");
    }
    try {
      return ZoneId.of(v);
    } catch (DateTimeException e) {
      throw ApiException.badInput(
          "'" + name + "' must be an IANA time zone like Asia/Tokyo or UTC, not '" + v + "'");
    }
  }

  private static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }
}
