package dev.regintel.ontology;

/**
 * White space in text read from pages, feeds, files and people, made regular by one rule for every
 * module.
 *
 * <p>White space is Unicode's {@code White_Space} property: tab, line feed, vertical tab, form
 * feed, carriage return and space; next line U+0085; the no-break spaces U+00A0, U+2007 and U+202F
 * (in markup they are layout, not meaning); U+1680; the spaces U+2000 to U+200A; the line and
 * paragraph separators U+2028 and U+2029; U+205F; and the ideographic space U+3000. Zero-width
 * characters (U+200B, U+FEFF) are not white space and are left as they are.
 */
public final class Text {

  private static final char IDEOGRAPHIC_SPACE = '\u3000';

  private Text() {}

  /**
   * The text with its white space collapsed, or null for null:
   *
   * <ul>
   *   <li>white space at either end is removed;
   *   <li>a run of white space that holds an ideographic space becomes one ideographic space: in
   *       Japanese it is a character of the text, as wide as the characters around it ({@code
   *       第一条　目的}), not layout;
   *   <li>a run that holds a line break and stands between two Japanese or Chinese characters (Han,
   *       hiragana, katakana, CJK punctuation, full-width forms) is removed: it is a line wrapped
   *       in the source inside a sentence written without spaces ({@code 脆弱性\n開示} is {@code
   *       脆弱性開示}), as browsers treat it (CSS Text 3, segment breaks);
   *   <li>any other run becomes one space U+0020.
   * </ul>
   */
  public static String collapse(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    int n = text.length();
    while (i < n) {
      int c = text.codePointAt(i);
      if (!isWhiteSpace(c)) {
        out.appendCodePoint(c);
        i += Character.charCount(c);
        continue;
      }
      boolean ideographic = false;
      boolean lineBreak = false;
      // Every white space character is in the Basic Multilingual Plane.
      while (i < n && isWhiteSpace(text.charAt(i))) {
        ideographic |= text.charAt(i) == IDEOGRAPHIC_SPACE;
        lineBreak |= isLineBreak(text.charAt(i));
        i++;
      }
      if (out.isEmpty() || i == n) {
        continue;
      }
      if (ideographic) {
        out.append(IDEOGRAPHIC_SPACE);
      } else if (!(lineBreak
          && isWide(out.codePointBefore(out.length()))
          && isWide(text.codePointAt(i)))) {
        out.append(' ');
      }
    }
    return out.toString();
  }

  /**
   * Japanese text, collapsed as {@link #collapse} does and with every run of white space between
   * two Japanese or Chinese characters removed, whether it was a line break or already a space: a
   * line wrapped in a source or a YAML folded block ({@code >-} turns each wrap into a space) is
   * not a word break in a language written without spaces. An ideographic space stays; a space
   * between Japanese and Latin text ({@code ETSI EN 303 645の}) stays.
   */
  public static String japanese(String text) {
    String collapsed = collapse(text);
    if (collapsed == null || collapsed.indexOf(' ') < 0) {
      return collapsed;
    }
    StringBuilder out = new StringBuilder(collapsed.length());
    int n = collapsed.length();
    for (int i = 0; i < n; i++) {
      char c = collapsed.charAt(i);
      if (c == ' '
          && !out.isEmpty()
          && i + 1 < n
          && isWide(out.codePointBefore(out.length()))
          && isWide(collapsed.codePointAt(i + 1))) {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Whether {@code c} is white space as {@link Text} defines it (Unicode {@code White_Space}). */
  public static boolean isWhiteSpace(int c) {
    return (c >= '\t' && c <= '\r')
        || c == ' '
        || c == 0x85
        || c == 0xA0
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202F
        || c == 0x205F
        || c == IDEOGRAPHIC_SPACE;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n'
        || c == 0x0B
        || c == '\f'
        || c == '\r'
        || c == 0x85
        || c == 0x2028
        || c == 0x2029;
  }

  /** Characters of scripts written without spaces between words (East Asian wide, not Hangul). */
  private static boolean isWide(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    if (script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return script != Character.UnicodeScript.HANGUL
        && (block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
            || block == Character.UnicodeBlock.KATAKANA
            || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS);
  }
}
