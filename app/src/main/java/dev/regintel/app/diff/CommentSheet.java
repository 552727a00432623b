package dev.regintel.app.diff;

import java.util.List;

/**
 * A comment sheet for one document: a row per new or changed clause since its previous version; the
 * GraphQL type {@code CommentSheet}.
 *
 * @param documentId the document commented on
 * @param previousId the version it was compared with, or null when it has none with provisions
 *     (then every clause is a row)
 * @param rows the rows, in the document's order
 */
public record CommentSheet(String documentId, String previousId, List<CommentRow> rows) {}
