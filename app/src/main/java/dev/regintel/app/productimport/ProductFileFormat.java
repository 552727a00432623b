package dev.regintel.app.productimport;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a product file is written; the GraphQL enum {@code ProductFileFormat} has these values. */
public enum ProductFileFormat {
  /** An OSCAL component definition in JSON. */
  OSCAL_JSON("oscal-json", ".json"),
  /** An OSCAL component definition in XML. */
  OSCAL_XML("oscal-xml", ".xml"),
  /** A product sheet in CSV: a header row, then one row per control or claim. */
  CSV("csv", ".csv"),
  /** A product sheet in YAML. */
  YAML("yaml", ".yaml", ".yml");

  private final String cliName;
  private final String[] extensions;

  ProductFileFormat(String cliName, String... extensions) {
    this.cliName = cliName;
    this.extensions = extensions;
  }

  /** The name the command line takes, e.g. {@code oscal-json}. */
  public String cliName() {
    return cliName;
  }

  /** The usual extension of a file of this format, e.g. {@code .json}. */
  public String extension() {
    return extensions[0];
  }

  /** The format a file name's extension stands for, if any. */
  public static Optional<ProductFileFormat> ofFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> Arrays.stream(f.extensions).anyMatch(name::endsWith))
        .findFirst();
  }

  /** The format of a command-line name, in any case. */
  public static Optional<ProductFileFormat> ofCliName(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.cliName.equals(wanted)).findFirst();
  }

  /** The command-line names, for messages: {@code oscal-json, oscal-xml, csv or yaml}. */
  public static String cliNames() {
    String[] names = Arrays.stream(values()).map(ProductFileFormat::cliName).toArray(String[]::new);
    return String.join(", ", Arrays.copyOf(names, names.length - 1))
        + " or "
        + names[names.length - 1];
  }
}
