package dev.regintel.app.diff;

import dev.regintel.app.requirement.RequirementView;
import java.util.List;
import java.util.Map;

/**
 * The diff of two documents, computed whole; the GraphQL type {@code VersionDiff} pages its
 * entries.
 *
 * @param fromId the older document, null for a comment sheet of a document without a previous
 *     version (every clause then counts as added)
 * @param toId the newer document
 * @param baseline the control baseline both sides were restricted to, or null
 * @param fromRequirements how many requirements of the older document were compared
 * @param toRequirements how many of the newer
 * @param result the entries and counts
 * @param views the compared requirements as the API shows them, by id
 * @param newerOrder the ids of the newer document's compared requirements, in document order
 */
public record VersionDiff(
    String fromId,
    String toId,
    String baseline,
    int fromRequirements,
    int toRequirements,
    ClauseMatcher.Result result,
    Map<String, RequirementView> views,
    List<String> newerOrder) {

  /** The entries of the given kinds (all when null or empty), in diff order. */
  public List<DiffEntry> entries(List<DiffKind> kinds) {
    if (kinds == null || kinds.isEmpty()) {
      return result.entries();
    }
    return result.entries().stream().filter(e -> kinds.contains(e.kind())).toList();
  }

  /** How many entries are of a kind. */
  public int count(DiffKind kind) {
    return (int) result.entries().stream().filter(e -> e.kind() == kind).count();
  }

  /** The API's view of one side of an entry, or null. */
  public RequirementView view(Clause clause) {
    return clause == null ? null : views.get(clause.id());
  }
}
