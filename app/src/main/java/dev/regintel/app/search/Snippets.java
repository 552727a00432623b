package dev.regintel.app.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A short fragment of a hit's stored text around the first place a query word (or a glossary
 * equivalent) occurs, with matches wrapped in {@code <em>}. The language tried first is the
 * query's, so a Japanese query shows Japanese text where it matched there.
 */
final class Snippets {

  private static final int BEFORE = 40;
  private static final int LENGTH = 160;

  private Snippets() {}

  /** The surface words of a query: its Japanese parts and its other words, longest first. */
  static List<String> words(
      String normalizedQuery, Analyzer japaneseParts, List<String> expansions) {
    Set<String> words = new LinkedHashSet<>();
    try (TokenStream ts = japaneseParts.tokenStream(Fields.JP_TEXT, normalizedQuery)) {
      OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String surface = normalizedQuery.substring(offsets.startOffset(), offsets.endOffset());
        if (surface.codePointCount(0, surface.length()) > 1 || Glossary.isJapanese(surface)) {
          words.add(surface);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String word : normalizedQuery.split("[\\s\\p{Punct}、。・]+")) {
      if (word.length() > 1) {
        words.add(word);
      }
    }
    words.addAll(expansions);
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return sorted;
  }

  /** The fragment of {@code first} if a word occurs there, else of {@code second}, else null. */
  static String snippet(String first, String second, List<String> words) {
    String s = fragment(first, words);
    return s != null ? s : fragment(second, words);
  }

  static String fragment(String text, List<String> words) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String lower = Glossary.normalize(text).toLowerCase(Locale.ROOT);
    if (lower.length() != text.length()) {
      // Normalisation changed the length (e.g. full-width forms): match on the normalised text.
      text = Glossary.normalize(text);
    }
    int at = -1;
    for (String w : words) {
      int i = lower.indexOf(w);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
      }
    }
    if (at < 0) {
      return null;
    }
    int start = Math.max(0, at - BEFORE);
    int end = Math.min(text.length(), start + LENGTH);
    StringBuilder out = new StringBuilder();
    if (start > 0) {
      out.append('…');
    }
    String window = text.substring(start, end);
    String windowLower = lower.substring(start, end);
    int i = 0;
    while (i < window.length()) {
      String match = null;
      for (String w : words) {
        if (windowLower.startsWith(w, i)) {
          match = w;
          break;
        }
      }
      if (match != null) {
        out.append("<em>").append(window, i, i + match.length()).append("</em>");
        i += match.length();
      } else {
        out.append(window.charAt(i));
        i++;
      }
    }
    if (end < text.length()) {
      out.append('…');
    }
    return out.toString();
  }
}
