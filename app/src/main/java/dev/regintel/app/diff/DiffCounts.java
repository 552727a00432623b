package dev.regintel.app.diff;

/**
 * How many entries of each kind a diff has, and what it compared; the GraphQL type {@code
 * DiffCounts}.
 */
public record DiffCounts(
    int added,
    int removed,
    int changed,
    int renumbered,
    int moved,
    int withdrawn,
    int unchanged,
    int fromRequirements,
    int toRequirements) {

  static DiffCounts of(VersionDiff diff) {
    return new DiffCounts(
        diff.count(DiffKind.ADDED),
        diff.count(DiffKind.REMOVED),
        diff.count(DiffKind.CHANGED),
        diff.count(DiffKind.RENUMBERED),
        diff.count(DiffKind.MOVED),
        diff.count(DiffKind.WITHDRAWN),
        diff.result().unchanged(),
        diff.fromRequirements(),
        diff.toRequirements());
  }
}
