package dev.regintel.app.search;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;

/**
 * Lucene's passage formatting with HTML escaping ({@code & < > " ' /}), where the only markup is
 * {@code <em>}...{@code </em>} around matches. Unlike Lucene's default, matches that touch are one
 * {@code <em>}: Japanese is analysed into parts written without spaces, and {@code 脆弱性} should read
 * as one match, not {@code <em>脆弱</em><em>性</em>}. A passage cut from a longer text starts or ends
 * with {@code …}; white space at its ends is dropped.
 */
final class SnippetFormatter extends DefaultPassageFormatter {

  SnippetFormatter() {
    super("<em>", "</em>", "…", true);
  }

  @Override
  public String format(Passage[] passages, String content) {
    StringBuilder out = new StringBuilder();
    for (Passage passage : passages) {
      int start = passage.getStartOffset();
      int end = passage.getEndOffset();
      int[] starts = passage.getMatchStarts();
      int[] ends = passage.getMatchEnds();
      int matches = passage.getNumMatches();
      while (start < end
          && (matches == 0 || start < starts[0])
          && Character.isWhitespace(content.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
        end--;
      }
      if (start > 0) {
        out.append(ellipsis);
      }
      int at = start;
      for (int i = 0; i < matches; i++) {
        int matchStart = Math.max(starts[i], at);
        int matchEnd = ends[i];
        while (i + 1 < matches && starts[i + 1] <= matchEnd) {
          matchEnd = Math.max(matchEnd, ends[++i]);
        }
        matchEnd = Math.min(matchEnd, end);
        if (matchStart >= matchEnd) {
          continue;
        }
        append(out, content, at, matchStart);
        out.append(preTag);
        append(out, content, matchStart, matchEnd);
        out.append(postTag);
        at = matchEnd;
      }
      append(out, content, at, end);
      if (end < content.length()) {
        out.append(ellipsis);
      }
    }
    return out.toString();
  }
}
