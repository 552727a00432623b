package dev.regintel.crawlers.source.etsi;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of an ETSI deliverable, {@code V<major>.<technical>.<editorial>}. ETSI writes it
 * {@code V2.1.1} in designations and {@code 02.01.01} in deliver-tree folder names, and {@code
 * 020101} in file names.
 */
record EtsiVersion(int major, int technical, int editorial) implements Comparable<EtsiVersion> {

  private static final Pattern FOLDER = Pattern.compile("(\\d{2})\\.(\\d{2})\\.(\\d{2})");
  private static final Comparator<EtsiVersion> ORDER =
      Comparator.comparingInt(EtsiVersion::major)
          .thenComparingInt(EtsiVersion::technical)
          .thenComparingInt(EtsiVersion::editorial);

  /** {@code 02.01.01} as in a folder name. */
  static Optional<EtsiVersion> fromFolder(String folder) {
    Matcher m = FOLDER.matcher(folder);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new EtsiVersion(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
  }

  /** {@code V2.1.1}, as ETSI labels it. */
  String label() {
    return "V" + major + "." + technical + "." + editorial;
  }

  /** {@code v2.1.1}, the version part of our document ids. */
  String idPart() {
    return "v" + major + "." + technical + "." + editorial;
  }

  /** {@code 02.01.01}, as in folder names. */
  String folder() {
    return "%02d.%02d.%02d".formatted(major, technical, editorial);
  }

  /** {@code 020101}, as in file names. */
  String digits() {
    return "%02d%02d%02d".formatted(major, technical, editorial);
  }

  @Override
  public int compareTo(EtsiVersion other) {
    return ORDER.compare(this, other);
  }
}
