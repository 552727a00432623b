package dev.regintel.app.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level diff of two texts (java-diff-utils' Myers diff over word, space and punctuation
 * tokens), as runs of equal, deleted and inserted text. Concatenating the EQUAL and DELETE runs
 * gives the older text back, the EQUAL and INSERT runs the newer one.
 */
public final class WordDiff {

  /** Texts longer than this are cut before comparing, so one request stays cheap. */
  public static final int MAX_CHARS = 20_000;

  private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

  private WordDiff() {}

  /** The runs turning {@code older} into {@code newer}; null counts as empty; empty when equal. */
  public static List<TextChange> of(String older, String newer) {
    List<String> a = tokens(older);
    List<String> b = tokens(newer);
    if (a.equals(b)) {
      return List.of();
    }
    Patch<String> patch = DiffUtils.diff(a, b);
    List<TextChange> out = new ArrayList<>();
    int at = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int start = delta.getSource().getPosition();
      add(out, TextChange.Op.EQUAL, a.subList(at, start));
      add(out, TextChange.Op.DELETE, delta.getSource().getLines());
      add(out, TextChange.Op.INSERT, delta.getTarget().getLines());
      at = start + delta.getSource().size();
    }
    add(out, TextChange.Op.EQUAL, a.subList(at, a.size()));
    return grouped(out);
  }

  /**
   * Folds a run of spaces alone between two changes into them and joins each stretch of changes
   * into one deletion and one insertion, so that "[-The organization limits-]{+Limit+}" reads as
   * one replacement rather than three.
   */
  private static List<TextChange> grouped(List<TextChange> runs) {
    List<TextChange> out = new ArrayList<>();
    StringBuilder deleted = new StringBuilder();
    StringBuilder inserted = new StringBuilder();
    for (int i = 0; i < runs.size(); i++) {
      TextChange run = runs.get(i);
      boolean between = i > 0 && i < runs.size() - 1 && run.text().isBlank();
      if (run.op() == TextChange.Op.EQUAL && !between) {
        flush(out, deleted, inserted);
        out.add(run);
      } else if (run.op() == TextChange.Op.EQUAL) {
        deleted.append(run.text());
        inserted.append(run.text());
      } else {
        (run.op() == TextChange.Op.DELETE ? deleted : inserted).append(run.text());
      }
    }
    flush(out, deleted, inserted);
    return List.copyOf(out);
  }

  private static void flush(List<TextChange> out, StringBuilder deleted, StringBuilder inserted) {
    if (!deleted.isEmpty()) {
      out.add(new TextChange(TextChange.Op.DELETE, deleted.toString()));
    }
    if (!inserted.isEmpty()) {
      out.add(new TextChange(TextChange.Op.INSERT, inserted.toString()));
    }
    deleted.setLength(0);
    inserted.setLength(0);
  }

  /** Word, space and punctuation tokens of a text cut at {@link #MAX_CHARS}. */
  static List<String> tokens(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(cut);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /** Appends a run, merged into the last one when it has the same op. */
  private static void add(List<TextChange> out, TextChange.Op op, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
    if (!out.isEmpty() && out.getLast().op() == op) {
      out.set(out.size() - 1, new TextChange(op, out.getLast().text() + text));
    } else {
      out.add(new TextChange(op, text));
    }
  }
}
