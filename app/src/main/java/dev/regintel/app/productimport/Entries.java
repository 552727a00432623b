package dev.regintel.app.productimport;

import dev.regintel.ontology.ControlCategory;
import dev.regintel.ontology.DeviceCategory;
import dev.regintel.ontology.DeviceUse;
import dev.regintel.ontology.Fulfilment;
import dev.regintel.ontology.Text;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Values every format reads alike, each wrong one a problem naming it. */
final class Entries {

  private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");

  private Entries() {}

  /**
   * Text with white space collapsed inside each paragraph and paragraphs apart by one blank line;
   * null for none.
   */
  static String prose(String text) {
    if (text == null) {
      return null;
    }
    List<String> paragraphs =
        PARAGRAPHS.splitAsStream(text).map(Text::collapse).filter(p -> !p.isEmpty()).toList();
    return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
  }

  /** A control category's name, in any case; null (and a problem when given) for none valid. */
  static String controlCategory(String value, String at, List<ImportProblem> problems) {
    return oneOf(ControlCategory.class, "control category", value, at, problems);
  }

  /** A device category's name, in any case; null (and a problem when given) for none valid. */
  static String deviceCategory(String value, String at, List<ImportProblem> problems) {
    return oneOf(DeviceCategory.class, "device category", value, at, problems);
  }

  /** A device use's name, in any case; null (and a problem when given) for none valid. */
  static String deviceUse(String value, String at, List<ImportProblem> problems) {
    return oneOf(DeviceUse.class, "device use", value, at, problems);
  }

  private static <E extends Enum<E>> String oneOf(
      Class<E> values, String what, String value, String at, List<ImportProblem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String name = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    if (Arrays.stream(values.getEnumConstants()).anyMatch(c -> c.name().equals(name))) {
      return name;
    }
    problems.add(
        new ImportProblem(
            at,
            what + " '" + value + "' is none of " + Arrays.toString(values.getEnumConstants())));
    return null;
  }

  /**
   * FULL or PARTIAL, in any case; null (and a problem) otherwise, since a claim of NONE is never
   * stored.
   */
  static Fulfilment fulfilment(String value, String at, List<ImportProblem> problems) {
    String name = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    if (name.equals("FULL") || name.equals("PARTIAL")) {
      return Fulfilment.valueOf(name);
    }
    problems.add(
        new ImportProblem(
            at,
            value == null || value.isBlank()
                ? "a claim needs a fulfilment, FULL or PARTIAL"
                : "fulfilment '"
                    + value
                    + "' is neither FULL nor PARTIAL (a claim of none is not made)"));
    return null;
  }
}
