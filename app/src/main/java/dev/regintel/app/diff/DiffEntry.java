package dev.regintel.app.diff;

import java.util.List;

/**
 * One entry of a version diff; the GraphQL type {@code DiffEntry}.
 *
 * @param kind what happened
 * @param from the requirement in the older document, null when ADDED
 * @param to the requirement in the newer document, null when REMOVED (and for an item withdrawn in
 *     the older document and gone from the newer)
 * @param matchedBy IDENTIFIER or SIMILARITY; null when unmatched
 * @param score how alike the two read (0-1; {@link Similarity}), null when unmatched
 * @param changedFields which of title, text, obligation and condition differ, for matched pairs
 * @param textDiff the word-level diff of the texts (empty when they are equal or one is missing)
 * @param incorporatedInto for WITHDRAWN, the refs the publisher says its content went to
 */
public record DiffEntry(
    DiffKind kind,
    Clause from,
    Clause to,
    String matchedBy,
    Double score,
    List<String> changedFields,
    List<TextChange> textDiff,
    List<String> incorporatedInto) {

  /** The requirement ids on both sides that are present. */
  List<String> ids() {
    return java.util.stream.Stream.of(from, to)
        .filter(java.util.Objects::nonNull)
        .map(Clause::id)
        .toList();
  }
}
