package dev.regintel.app.coverage;

import dev.regintel.app.internal.graphql.ApiException;
import java.util.Locale;

/**
 * The language of the printable report: its labels, and which of a name's English and Japanese
 * forms comes first. The data formats (CSV, JSON, XLSX, OSCAL) carry both forms whatever is asked.
 */
public enum ReportLanguage {
  EN,
  JA;

  /** The language of {@code text} (en or ja, any case); English when null or blank. */
  public static ReportLanguage parse(String text) {
    if (text == null || text.isBlank()) {
      return EN;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "en" -> EN;
      case "ja" -> JA;
      default -> throw ApiException.badInput("lang must be en or ja, not '" + text + "'");
    };
  }

  /** The BCP 47 tag: en or ja. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The form of a text to show first: the Japanese one in Japanese where there is one. */
  public String pick(String english, String japanese) {
    return this == JA && japanese != null && !japanese.isBlank() ? japanese : english;
  }
}
