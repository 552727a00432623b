package dev.regintel.app.backup;

import dev.regintel.ontology.Label;
import dev.regintel.ontology.RelType;
import java.util.Map;

/** One data line of a backup, read and checked against the ontology. */
sealed interface BackupLine {

  /** Where the line is in its file, counting the header as line 1. */
  long number();

  /** A node: its one label, its key (the value of the label's key property) and properties. */
  record Node(long number, Label label, String key, Map<String, Object> properties)
      implements BackupLine {}

  /** A relationship: its type, its start and end node by label and key, and its properties. */
  record Relationship(
      long number,
      RelType type,
      Label startLabel,
      String startKey,
      Label endLabel,
      String endKey,
      Map<String, Object> properties)
      implements BackupLine {}
}
