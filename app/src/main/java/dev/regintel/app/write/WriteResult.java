package dev.regintel.app.write;

import java.util.List;

/**
 * What one {@link GraphWriter#write} did.
 *
 * @param created records that made a new document or requirement
 * @param updated records that changed one
 * @param unchanged records that found theirs as they are
 * @param nodesCreated nodes added, history ({@code :Change}) not counted
 * @param relationshipsCreated relationships added
 * @param propertiesSet properties written
 * @param changes history entries ({@code :Change}) written
 * @param conflicts values that disagree with ones the writer may not overwrite
 * @param rejections records not written, each with why
 */
public record WriteResult(
    int created,
    int updated,
    int unchanged,
    long nodesCreated,
    long relationshipsCreated,
    long propertiesSet,
    int changes,
    List<Conflict> conflicts,
    List<Rejection> rejections) {

  public WriteResult {
    conflicts = List.copyOf(conflicts);
    rejections = List.copyOf(rejections);
  }

  /**
   * A record the writer would not store.
   *
   * @param id the record's id (or document id and ref)
   * @param problem what is wrong with it
   * @param forbidden true when the writer may not change it (another key owns it), rather than the
   *     record being wrong
   */
  public record Rejection(String id, String problem, boolean forbidden) {

    public Rejection(String id, String problem) {
      this(id, problem, false);
    }

    @Override
    public String toString() {
      return id + ": " + problem;
    }
  }
}
