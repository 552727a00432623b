package dev.regintel.app.ingest;

import java.util.List;
import java.util.Map;

/**
 * One seed file made ready to write: the ids it defines, the ids it refers to, and the statements
 * that write it in one transaction.
 *
 * @param file the file's name in messages
 * @param kind its kind
 * @param summary what it holds, e.g. "1 document, 68 requirements"
 * @param defines ids this file defines, each with where in the file
 * @param references ids this file needs, each with where in the file
 * @param statements the Cypher to run, in order, in one transaction
 */
record SeedUnit(
    String file,
    SeedKind kind,
    String summary,
    List<Ref> defines,
    List<Ref> references,
    List<Statement> statements) {

  /** What an id names; the graph label and key property it is looked up by. */
  enum Space {
    JURISDICTION("Jurisdiction", "code"),
    PUBLISHER("Publisher", "id"),
    DOCUMENT("Document", "id"),
    REQUIREMENT("Requirement", "id"),
    CONTROL("Control", "id"),
    SUPPLIER("Supplier", "id"),
    DEVICE("Device", "id"),
    TERM("Term", "id"),
    RULE("ApplicabilityRule", "id"),
    MAPPING(null, null);

    final String label;
    final String key;

    Space(String label, String key) {
      this.label = label;
      this.key = key;
    }

    String noun() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** An id in a space, and the JSON pointer where the file names it. */
  record Ref(Space space, String id, String pointer) {}

  /** One Cypher statement with its parameters. */
  record Statement(String cypher, Map<String, Object> parameters) {}
}
