package dev.regintel.app.vendor;

import dev.regintel.app.internal.graphql.ApiException;
import dev.regintel.ontology.Ids;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The bounds of product inputs; each failure names the field and what was wrong. */
final class InputChecks {

  static final int MAX_NAME = 300;
  static final int MAX_NOTE = 2_000;
  static final int MAX_DESCRIPTION = 5_000;
  static final int MAX_URL = 2_000;
  static final int MAX_MARKETS = 40;
  static final int MAX_CONTROLS = 500;
  private static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9.-]{0,95}");
  private static final Pattern URL = Pattern.compile("https?://\\S+");

  private InputChecks() {}

  /** The id given, checked, or one derived from the name. */
  static String id(String prefix, String given, String name) {
    if (given != null) {
      String id = given.strip();
      if (!id.startsWith(prefix + ":")
          || !SEGMENT.matcher(id.substring(prefix.length() + 1)).matches()) {
        throw ApiException.badInput(
            "id '"
                + clip(id)
                + "' must be '"
                + prefix
                + ":' and 1 to 96 of a-z, 0-9, '.', '-' starting with a letter or digit");
      }
      return id;
    }
    try {
      String slug = Ids.slug(name);
      return prefix + ":" + (slug.length() > 96 ? slug.substring(0, 96) : slug);
    } catch (IllegalArgumentException e) {
      throw ApiException.badInput(
          "no id can be made from the name '"
              + clip(name)
              + "': give an id ('"
              + prefix
              + ":...')");
    }
  }

  /** A required text, trimmed, of 1 to {@code max} characters. */
  static String required(String field, String value, int max) {
    String v = optional(field, value, max);
    if (v == null) {
      throw ApiException.badInput(field + " must not be blank");
    }
    return v;
  }

  /** An optional text, trimmed (blank is none), of at most {@code max} characters. */
  static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      throw ApiException.badInput(
          field + " has " + v.length() + " characters; at most " + max + " are allowed");
    }
    return v;
  }

  static String url(String field, String value) {
    String v = optional(field, value, MAX_URL);
    if (v != null && !URL.matcher(v).matches()) {
      throw ApiException.badInput(field + " must be an http or https URL, not '" + clip(v) + "'");
    }
    return v;
  }

  /** One of {@code values}' names, in any case. */
  static <E extends Enum<E>> String oneOf(String field, String value, Class<E> values) {
    if (value == null) {
      return null;
    }
    String upper = value.strip().toUpperCase(Locale.ROOT);
    for (E e : values.getEnumConstants()) {
      if (e.name().equals(upper)) {
        return upper;
      }
    }
    throw ApiException.badInput(
        field
            + " must be one of "
            + String.join(", ", names(values))
            + ", not '"
            + clip(value)
            + "'");
  }

  /** The distinct values of a list, at most {@code max}. */
  static List<String> list(String field, List<String> values, int max) {
    if (values == null) {
      return List.of();
    }
    Set<String> distinct = new LinkedHashSet<>();
    for (String v : values) {
      if (v == null || v.isBlank() || v.length() > 200) {
        throw ApiException.badInput(field + " has an empty or over-long value");
      }
      distinct.add(v.strip());
    }
    if (distinct.size() > max) {
      throw ApiException.badInput(
          field + " has " + distinct.size() + " values; at most " + max + " are allowed");
    }
    return List.copyOf(distinct);
  }

  private static <E extends Enum<E>> List<String> names(Class<E> values) {
    return java.util.Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
  }

  static String clip(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
