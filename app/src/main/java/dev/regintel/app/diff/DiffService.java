package dev.regintel.app.diff;

import dev.regintel.app.internal.graphql.ApiException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Computes version diffs: checks the arguments, reads both sides in one query and matches them
 * ({@link ClauseMatcher}). Bounds: two documents per diff, at most {@link #MAX_REQUIREMENTS}
 * requirements a side.
 */
@Service
public class DiffService {

  /** The most requirements one side of a diff may have (SP 800-53 Rev. 4 has about 1,200). */
  public static final int MAX_REQUIREMENTS = 5000;

  private static final int MAX_ID = 200;
  private static final Pattern BASELINE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");

  private final DiffRepository repository;

  DiffService(DiffRepository repository) {
    this.repository = repository;
  }

  /**
   * The diff of document {@code from} (older) to {@code to} (newer).
   *
   * @param baseline when given (e.g. MODERATE), only the requirements that baseline selects are
   *     compared on both sides, so a full catalog compares with a baseline-only one
   * @throws ApiException BAD_USER_INPUT for a blank, over-long or unknown id, a document compared
   *     with itself, a malformed baseline or one that selects nothing in a document; LIMIT_EXCEEDED
   *     for a side over {@link #MAX_REQUIREMENTS}
   */
  public VersionDiff diff(String from, String to, String baseline) {
    checkId("from", from);
    checkId("to", to);
    if (from.equals(to)) {
      throw ApiException.badInput(
          "from and to are the same document ('" + from + "'): a diff needs two documents");
    }
    String kept = baseline(baseline);
    Map<String, DiffRepository.Side> sides =
        repository.sides(List.of(from, to), kept, MAX_REQUIREMENTS + 1);
    DiffRepository.Side older = found(sides.get(from), "from", from, kept);
    DiffRepository.Side newer = found(sides.get(to), "to", to, kept);
    return of(older, newer, kept);
  }

  /**
   * The diff of a document against its nearest earlier version that has requirements (by
   * NEXT_VERSION, then SUPERSEDES); with none, every requirement counts as added.
   *
   * @throws ApiException BAD_USER_INPUT for a blank, over-long or unknown id
   */
  public VersionDiff againstPrevious(String documentId) {
    checkId("document", documentId);
    String previous = repository.previousVersion(documentId).orElse(null);
    List<String> ids = previous == null ? List.of(documentId) : List.of(previous, documentId);
    Map<String, DiffRepository.Side> sides = repository.sides(ids, null, MAX_REQUIREMENTS + 1);
    DiffRepository.Side newer = found(sides.get(documentId), "document", documentId, null);
    DiffRepository.Side older =
        previous == null
            ? new DiffRepository.Side(null, true, 0, List.of(), Map.of())
            : found(sides.get(previous), "previous version", previous, null);
    return of(older, newer, null);
  }

  /** The diff of two sides as read. */
  static VersionDiff of(DiffRepository.Side older, DiffRepository.Side newer, String baseline) {
    Map<String, dev.regintel.app.requirement.RequirementView> views = new HashMap<>(older.views());
    views.putAll(newer.views());
    return new VersionDiff(
        older.id(),
        newer.id(),
        baseline,
        older.clauses().size(),
        newer.clauses().size(),
        ClauseMatcher.match(older.clauses(), newer.clauses()),
        Map.copyOf(views),
        newer.clauses().stream().map(Clause::id).toList());
  }

  private static void checkId(String name, String id) {
    if (id == null || id.isBlank() || id.length() > MAX_ID) {
      throw ApiException.badInput(
          name + " must be a document id of 1 to " + MAX_ID + " characters");
    }
  }

  private static String baseline(String baseline) {
    if (baseline == null) {
      return null;
    }
    String upper = baseline.strip().toUpperCase(Locale.ROOT);
    if (!BASELINE.matcher(upper).matches()) {
      throw ApiException.badInput(
          "baseline must be a baseline name such as MODERATE (letters, digits, - and _; at most 40),"
              + " not '"
              + baseline
              + "'");
    }
    return upper;
  }

  private static DiffRepository.Side found(
      DiffRepository.Side side, String name, String id, String baseline) {
    if (side == null || !side.found()) {
      throw ApiException.badInput(name + ": no document with id '" + id + "'");
    }
    if (baseline != null && side.total() == 0) {
      throw ApiException.badInput(
          name + ": document '" + id + "' has no requirement in the " + baseline + " baseline");
    }
    if (side.total() > MAX_REQUIREMENTS) {
      throw new ApiException(
          ApiException.Code.LIMIT_EXCEEDED,
          name
              + ": document '"
              + id
              + "' has "
              + side.total()
              + " requirements, over the "
              + MAX_REQUIREMENTS
              + " a diff compares");
    }
    return side;
  }
}
