package dev.regintel.app.write;

import dev.regintel.ontology.Ids;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;

/**
 * A document is known to its users by its code and version ({@code document(code:, version:)}), so
 * no two documents may share both, compared as {@code codeKey} and {@code versionKey} (case, spaces
 * and punctuation ignored; no version counts as a version of its own). Versions of one work share a
 * code; distinct works without an official designation get a descriptive code of their own.
 */
final class DocumentIdentity {

  private DocumentIdentity() {}

  /**
   * The records whose code and version another document already has, in the graph or earlier in the
   * same write, each with that document's id.
   */
  static Map<String, String> clashes(WriteTx w, List<DocumentWrite> records) {
    Map<String, String> clashes = new HashMap<>();
    Map<String, String> inThisWrite = new HashMap<>();
    List<Map<String, Object>> keys = new ArrayList<>();
    for (DocumentWrite d : records) {
      if (d.id() == null || d.code() == null || d.code().isBlank()) {
        continue;
      }
      String code = Ids.codeKey(d.code());
      String version = d.version() == null ? "" : Ids.codeKey(d.version());
      String first = inThisWrite.putIfAbsent(code + '\u0000' + version, d.id());
      if (first != null && !first.equals(d.id())) {
        clashes.put(d.id(), first);
      }
      keys.add(Map.of("id", d.id(), "code", code, "version", version));
    }
    if (keys.isEmpty()) {
      return clashes;
    }
    for (Record r :
        w.tx.list(
            """
            UNWIND $keys AS k
            MATCH (d:Document {codeKey: k.code})
            WHERE coalesce(d.versionKey, '') = k.version AND d.id <> k.id
            RETURN k.id AS id, min(d.id) AS holder""",
            Map.of("keys", keys))) {
      clashes.putIfAbsent(r.get("id").asString(), r.get("holder").asString());
    }
    return clashes;
  }

  /** Why a record is refused: the document that has its code and version. */
  static String problem(DocumentWrite d, String holder) {
    return "code '"
        + d.code()
        + "'"
        + (d.version() == null ? " without a version" : " with version '" + d.version() + "'")
        + " is already "
        + holder
        + "'s; a document is known by its code and version, so give it a code (or version) of"
        + " its own";
  }
}
