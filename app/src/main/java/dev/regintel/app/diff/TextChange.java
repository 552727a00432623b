package dev.regintel.app.diff;

/**
 * One run of a word-level text diff; the GraphQL type {@code TextChange}.
 *
 * @param op {@code EQUAL} (in both), {@code DELETE} (only in the older text) or {@code INSERT}
 *     (only in the newer)
 * @param text the words of the run, with the spaces and punctuation between them
 */
public record TextChange(Op op, String text) {

  /** The kind of run. */
  public enum Op {
    EQUAL,
    DELETE,
    INSERT
  }
}
