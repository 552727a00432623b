package dev.regintel.app.ingest;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of seed file, in the order they are written (later kinds refer to earlier ones). */
enum SeedKind {
  REFERENCE("referenceFile"),
  DOCUMENT("documentFile"),
  /** An OSCAL catalog imported into a document: after documents, whose requirements it extends. */
  OSCAL_CATALOG("oscalCatalogFile"),
  APPLICABILITY("applicabilityFile"),
  CONTROLS("controlsFile"),
  PRODUCTS("productsFile"),
  MAPPINGS("mappingsFile"),
  GLOSSARY("glossaryFile");

  private final String definition;

  SeedKind(String definition) {
    this.definition = definition;
  }

  /** The name of this kind's definition under {@code $defs} in the schema. */
  String definition() {
    return definition;
  }

  /** The value of {@code kind} in a file, e.g. {@code document}, {@code oscal-catalog}. */
  String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  static SeedKind of(String key) {
    return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst().orElse(null);
  }

  static String names() {
    return Arrays.stream(values()).map(SeedKind::key).collect(Collectors.joining(", "));
  }
}
