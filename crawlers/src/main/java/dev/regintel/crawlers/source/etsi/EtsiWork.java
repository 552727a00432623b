package dev.regintel.crawlers.source.etsi;

import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.ontology.DocumentStatus;
import dev.regintel.ontology.Provenance;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One ETSI deliverable across its versions, e.g. EN 303 645 or ES 201 873-1, and the rule that
 * turns it into our ids, so that crawled versions meet the curated seed records.
 *
 * <p>The rule, checked against the seed's ETSI documents:
 *
 * <ul>
 *   <li>id: {@code doc:etsi-<type>-<nnn>-<nnn>[-<part>]:v<major>.<technical>.<editorial>}, e.g.
 *       {@code doc:etsi-en-303-645:v2.1.1}, {@code doc:etsi-tr-103-644:v1.2.1};
 *   <li>family: {@code etsi-<nnn>-<nnn>} (without the type and the part), e.g. {@code
 *       etsi-103-701}; TS 103 645 belongs to {@code etsi-303-645}, the EN made from it, as in the
 *       seed;
 *   <li>code: {@code ETSI EN 303 645}, {@code ETSI ES 201 873-1}.
 * </ul>
 *
 * <p>The deliver tree files a deliverable under {@code /deliver/etsi_<type>/<range>/<number>/},
 * where the range is the hundred the number falls in ({@code 303600_303699}) and a part number is
 * appended to the six digits as two more ({@code 20187301} is ES 201 873-1). Group specifications
 * and reports (GS, GR), which ETSI numbers by industry group ({@code GS NFV-SEC 001}), do not fit
 * this scheme and are not read.
 *
 * @param type the lower-case type, e.g. {@code en}, {@code ts}, {@code tr}
 * @param number the six-digit number, e.g. {@code 303645}
 * @param part the part number without leading zeros, or null
 */
record EtsiWork(String type, String number, String part) {

  static final String DELIVER = "https://www.etsi.org/deliver/";

  /**
   * {@code /deliver/etsi_en/303600_303699/303645/}, the folder listing a deliverable's versions.
   */
  private static final Pattern DELIVER_FOLDER =
      Pattern.compile(
          "/?(?:deliver/)?etsi_([a-z]{2})/(\\d{6})_(\\d{6})/(\\d{6})(\\d{2})?/?",
          Pattern.CASE_INSENSITIVE);

  /** The numbered deliverable types. */
  private static final Set<String> TYPES = Set.of("en", "es", "eg", "ts", "tr", "sr");

  /** Works the seed files under another work's family. */
  private static final Map<String, String> FAMILY_OF = Map.of("etsi-ts-103-645", "etsi-303-645");

  EtsiWork {
    type = type.toLowerCase(Locale.ROOT);
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("not a numbered ETSI deliverable type: " + type);
    }
    part = part == null ? null : String.valueOf(Integer.parseInt(part));
  }

  static boolean isKnownType(String type) {
    return type != null && TYPES.contains(type.toLowerCase(Locale.ROOT));
  }

  /**
   * The deliverable whose folder a deliver-tree path names: {@code
   * /deliver/etsi_en/303600_303699/303645/} (also without {@code /deliver/}, as the search's {@code
   * EDSpathname} gives it).
   */
  static Optional<EtsiWork> fromDeliverPath(String path) {
    if (path == null) {
      return Optional.empty();
    }
    Matcher m = DELIVER_FOLDER.matcher(path);
    if (!m.matches() || !isKnownType(m.group(1))) {
      return Optional.empty();
    }
    EtsiWork work = new EtsiWork(m.group(1), m.group(4), m.group(5));
    return work.range().equals(m.group(2) + "_" + m.group(3))
        ? Optional.of(work)
        : Optional.empty();
  }

  /** {@code etsi-en-303-645}. */
  String work() {
    return "etsi-" + type + "-" + spaced("-") + (part == null ? "" : "-" + part);
  }

  String documentId(EtsiVersion version) {
    return "doc:" + work() + ":" + version.idPart();
  }

  /** {@code ETSI EN 303 645}, {@code ETSI ES 201 873-1}. */
  String code() {
    return "ETSI "
        + type.toUpperCase(Locale.ROOT)
        + " "
        + spaced(" ")
        + (part == null ? "" : "-" + part);
  }

  String family() {
    return FAMILY_OF.getOrDefault(work(), "etsi-" + spaced("-"));
  }

  /** The seed's kind: ENs and ESs are standards, TSs specifications, TRs and SRs reports. */
  String kind() {
    return switch (type) {
      case "en", "es" -> "STANDARD";
      case "eg" -> "GUIDANCE";
      case "ts" -> "TECHNICAL_SPECIFICATION";
      default -> "TECHNICAL_REPORT";
    };
  }

  /**
   * One version of this work as a document record, with ETSI as publisher, international
   * jurisdiction and no summary (ETSI's texts may not be reproduced); the rest is what the caller
   * read.
   */
  DocumentRecord document(
      EtsiVersion version,
      String title,
      DocumentStatus status,
      String stage,
      LocalDate published,
      String url,
      List<String> supersedes,
      List<String> unverified,
      Provenance provenance) {
    return new DocumentRecord(
        documentId(version),
        code(),
        version.label(),
        title,
        kind(),
        status.name(),
        stage,
        published,
        null,
        null,
        EtsiSource.PUBLISHER,
        EtsiSource.JURISDICTIONS,
        url,
        family(),
        supersedes,
        null,
        unverified,
        provenance);
  }

  /** {@code Published European Standard (EN)}, as the seed names the stage. */
  String publishedStage() {
    String name =
        switch (type) {
          case "en" -> "European Standard";
          case "es" -> "ETSI Standard";
          case "eg" -> "ETSI Guide";
          case "ts" -> "Technical Specification";
          case "tr" -> "Technical Report";
          default -> "Special Report";
        };
    return "Published " + name + " (" + type.toUpperCase(Locale.ROOT) + ")";
  }

  /** {@code https://www.etsi.org/deliver/etsi_en/303600_303699/303645/}. */
  URI folder() {
    return URI.create(DELIVER + "etsi_" + type + "/" + range() + "/" + folderNumber() + "/");
  }

  /**
   * The published PDF of a version, by ETSI's file naming ({@code
   * .../02.01.01_60/en_303645v020101p.pdf}); only for published ({@code _60}) folders.
   */
  String publishedPdf(EtsiVersion version) {
    return folder()
        + version.folder()
        + "_60/"
        + type
        + "_"
        + folderNumber()
        + "v"
        + version.digits()
        + "p.pdf";
  }

  private String folderNumber() {
    return number + (part == null ? "" : "%02d".formatted(Integer.parseInt(part)));
  }

  private String range() {
    String hundred = number.substring(0, 4);
    return hundred + "00_" + hundred + "99";
  }

  private String spaced(String separator) {
    return number.substring(0, 3) + separator + number.substring(3);
  }
}
