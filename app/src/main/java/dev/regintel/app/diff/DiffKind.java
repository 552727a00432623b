package dev.regintel.app.diff;

/** What happened to one requirement between two versions; the GraphQL enum {@code DiffKind}. */
public enum DiffKind {
  /** Only in the newer version. */
  ADDED,
  /** Only in the older version, and nothing in the newer one resembles it. */
  REMOVED,
  /** Same identifier in both, with other wording, title or obligation. */
  CHANGED,
  /** Matched by title and text under another identifier, under the same parent. */
  RENUMBERED,
  /** Matched under another parent (a family, a clause), by identifier or by similarity. */
  MOVED,
  /** Marked withdrawn (its number kept) by either version; the note says where it went. */
  WITHDRAWN
}
