package dev.regintel.app.backup;

import dev.regintel.ontology.Label;
import dev.regintel.ontology.RelType;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The names of the backup format that both directions share: see {@code docs/backup.md}. */
final class BackupFormat {

  /** The {@code format} of the header line. */
  static final String NAME = "regintel-backup";

  /** The {@code formatVersion} this build writes and the only one it reads. */
  static final int VERSION = 1;

  /** The label prefix of neo4j-migrations' own nodes, which are not part of the graph's data. */
  static final String MIGRATION_PREFIX = "__Neo4jMigration";

  /** A Cypher predicate on {@code n}: not one of the migration library's nodes. */
  static final String NOT_MIGRATION =
      "none(l IN labels(n) WHERE l STARTS WITH '" + MIGRATION_PREFIX + "')";

  private BackupFormat() {}

  /** The property that identifies a node of {@code label} (its uniqueness constraint). */
  static String keyOf(Label label) {
    return switch (label) {
      case Jurisdiction -> "code";
      case RegintelMeta -> "key";
      case FetchCache -> "url";
      default -> "id";
    };
  }

  /**
   * A Cypher expression for the key of node {@code variable} whose one label is known only in the
   * database.
   */
  static String keyExpression(String variable) {
    String cases =
        Arrays.stream(Label.values())
            .filter(l -> !keyOf(l).equals("id"))
            .map(l -> " WHEN '" + l.name() + "' THEN " + variable + "." + keyOf(l))
            .collect(Collectors.joining());
    return "CASE head(labels(" + variable + "))" + cases + " ELSE " + variable + ".id END";
  }

  static Optional<Label> label(String name) {
    return Arrays.stream(Label.values()).filter(l -> l.name().equals(name)).findFirst();
  }

  static Optional<RelType> relType(String name) {
    return Arrays.stream(RelType.values()).filter(t -> t.name().equals(name)).findFirst();
  }
}
