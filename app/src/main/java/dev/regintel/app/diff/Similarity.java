package dev.regintel.app.diff;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How alike two requirements read, from 0 to 1: the Dice coefficient of their word sets, of the
 * titles (without the ref) and of the texts, weighted 0.4 and 0.6 when both have a text, else the
 * titles' alone. Words are letter or digit runs in lower case; an ideographic run counts by its
 * characters, so Japanese compares too.
 */
final class Similarity {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Similarity() {}

  /** The score of two clauses, rounded to three decimals. */
  static double score(Clause a, Clause b) {
    return score(words(a.plainTitle()), words(a.text()), words(b.plainTitle()), words(b.text()));
  }

  static double score(
      Set<String> titleA, Set<String> textA, Set<String> titleB, Set<String> textB) {
    double title = dice(titleA, titleB);
    double value =
        textA.isEmpty() || textB.isEmpty() ? title : 0.4 * title + 0.6 * dice(textA, textB);
    return Math.round(value * 1000) / 1000.0;
  }

  static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    Set<String> smaller = a.size() <= b.size() ? a : b;
    Set<String> larger = smaller == a ? b : a;
    int common = 0;
    for (String w : smaller) {
      if (larger.contains(w)) {
        common++;
      }
    }
    return 2.0 * common / (a.size() + b.size());
  }

  static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    if (text == null) {
      return out;
    }
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      if (Character.isIdeographic(w.codePointAt(0)) || w.codePoints().anyMatch(Similarity::kana)) {
        w.codePoints().forEach(c -> out.add(Character.toString(c)));
      } else {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean kana(int c) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA;
  }
}
