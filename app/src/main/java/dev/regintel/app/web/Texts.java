package dev.regintel.app.web;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Bilingual fields for templates ({@code @texts}): a field {@code f} in English has its Japanese in
 * {@code fJa}. The primary text is the one in the reader's language when there is one, the other
 * language's otherwise; the secondary is the other one, shown beside it, or null when absent or the
 * same.
 */
@Component("texts")
public class Texts {

  /** The text to show first. */
  public String primary(Map<String, ?> item, String field) {
    String first = text(item, field, japanese());
    return first != null ? first : text(item, field, !japanese());
  }

  /** The language code of {@link #primary}: {@code ja} or {@code en}. */
  public String primaryLang(Map<String, ?> item, String field) {
    boolean ja = japanese();
    return (text(item, field, ja) != null ? ja : !ja) ? "ja" : "en";
  }

  /** The other language's text, or null when there is none or it is the primary one. */
  public String secondary(Map<String, ?> item, String field) {
    boolean ja = japanese();
    String first = text(item, field, ja);
    return first == null ? null : text(item, field, !ja);
  }

  /** The language code of {@link #secondary}. */
  public String secondaryLang() {
    return japanese() ? "en" : "ja";
  }

  static boolean japanese() {
    return LocaleContextHolder.getLocale().getLanguage().equals(Locale.JAPANESE.getLanguage());
  }

  private static String text(Map<String, ?> item, String field, boolean ja) {
    if (item == null) {
      return null;
    }
    Object value = item.get(ja ? field + "Ja" : field);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  /** At most {@code max} characters of {@code s}, for echoing bad input in a message. */
  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }
}
