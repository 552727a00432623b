package dev.regintel.app.ingest;

import dev.regintel.app.write.Writes;
import dev.regintel.ontology.Label;
import dev.regintel.ontology.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * One seed file made ready to write: the ids it defines, the ids it refers to, and its records for
 * the graph writer, written in one transaction.
 */
final class SeedUnit {

  /** What an id names; the graph label and key property it is looked up by. */
  enum Space {
    JURISDICTION(Label.Jurisdiction, "code"),
    PUBLISHER(Label.Publisher, "id"),
    DOCUMENT(Label.Document, "id"),
    REQUIREMENT(Label.Requirement, "id"),
    CONTROL(Label.Control, "id"),
    SUPPLIER(Label.Supplier, "id"),
    DEVICE(Label.Device, "id"),
    TERM(Label.Term, "id"),
    RULE(Label.ApplicabilityRule, "id"),
    MAPPING(null, null);

    final String label;
    final String key;

    Space(Label label, String key) {
      this.label = label == null ? null : label.name();
      this.key = key;
    }

    String noun() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** An id in a space, and the JSON pointer where the file names it. */
  record Ref(Space space, String id, String pointer) {}

  private final String file;
  private final SeedKind kind;
  private final List<Ref> defines = new ArrayList<>();
  private final List<Ref> references = new ArrayList<>();
  private final Writes writes = new Writes(Method.SEED);
  private String summary = "";

  /**
   * @param file the file's name in messages
   * @param kind its kind
   */
  SeedUnit(String file, SeedKind kind) {
    this.file = file;
    this.kind = kind;
  }

  String file() {
    return file;
  }

  SeedKind kind() {
    return kind;
  }

  /** What it holds, e.g. "1 document, 68 requirements". */
  String summary() {
    return summary;
  }

  /** Ids this file defines, each with where in the file. */
  List<Ref> defines() {
    return defines;
  }

  /** Ids this file needs, each with where in the file. */
  List<Ref> references() {
    return references;
  }

  /** Its records, for the graph writer; the seed loader is a curated writer. */
  Writes writes() {
    return writes;
  }

  void define(Space space, String id, String pointer) {
    defines.add(new Ref(space, id, pointer));
  }

  void refer(Space space, String id, String pointer) {
    references.add(new Ref(space, id, pointer));
  }

  void summarize(String summary) {
    this.summary = summary;
  }
}
