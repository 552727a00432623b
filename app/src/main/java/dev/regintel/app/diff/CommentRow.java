package dev.regintel.app.diff;

/**
 * One row of a comment sheet: the columns standards bodies' comment forms ask for (ISO/IEC, CEN,
 * ETSI and NIST templates alike), blank for the team to fill in except the clause, then context
 * columns from the graph. The GraphQL type {@code CommentRow}.
 *
 * @param commenter who comments (member body, organisation or person); blank
 * @param line the line number in the draft; blank (the graph has no line numbers)
 * @param clause the clause or provision, e.g. {@code 5.1-2A}
 * @param paragraph paragraph, figure or table; blank
 * @param type the type of comment: general, technical or editorial; blank
 * @param comment the comment; blank
 * @param proposedChange the proposed change; blank
 * @param change what the diff against the previous version found: ADDED, CHANGED, RENUMBERED or
 *     MOVED
 * @param previousClause the clause's ref in the previous version, when it had one
 * @param title the clause's title
 * @param text the clause's text
 * @param textChanges the word diff against the previous version, deletions in {@code [-...-]} and
 *     insertions in {@code {+...+}}
 * @param mappings our mappings of the clause (and of its previous version) to other documents
 */
public record CommentRow(
    String commenter,
    String line,
    String clause,
    String paragraph,
    String type,
    String comment,
    String proposedChange,
    String change,
    String previousClause,
    String title,
    String text,
    String textChanges,
    String mappings) {

  /** The column headings, in order. */
  public static final java.util.List<String> HEADINGS =
      java.util.List.of(
          "Commenter",
          "Line number",
          "Clause",
          "Paragraph/Figure/Table",
          "Type of comment (general/technical/editorial)",
          "Comment",
          "Proposed change",
          "Change since previous version",
          "Previous clause",
          "Clause title",
          "Clause text",
          "Text changes",
          "Our mappings");

  /** The cells, in the order of {@link #HEADINGS}; blank cells are empty strings. */
  public java.util.List<String> cells() {
    return java.util.stream.Stream.of(
            commenter,
            line,
            clause,
            paragraph,
            type,
            comment,
            proposedChange,
            change,
            previousClause,
            title,
            text,
            textChanges,
            mappings)
        .map(c -> c == null ? "" : c)
        .toList();
  }
}
