package dev.regintel.app.ingest;

import dev.regintel.app.ingest.OscalCatalogFile.Baseline;
import dev.regintel.app.ingest.SeedModel.Source;
import dev.regintel.app.ingest.SeedUnit.Space;
import dev.regintel.app.requirement.RequirementContent;
import dev.regintel.app.write.RequirementWrite;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.source.nist.ImportedCatalog;
import dev.regintel.crawlers.source.nist.ImportedControl;
import dev.regintel.crawlers.source.nist.OscalImport;
import dev.regintel.ontology.Ids;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Obligation;
import dev.regintel.ontology.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans an {@code oscal-catalog} seed file ({@link OscalCatalogFile}): reads the catalog and its
 * baselines from disk and maps every group and control to a requirement of the document, in one
 * unit (so one transaction). Controls hang under their family, enhancements under their control;
 * items of the {@code existing} classes are the document file's own requirements and are only
 * referred to. Withdrawn items are kept, marked, their note saying where their content went.
 *
 * <p>Each imported item gets the Japanese title its English title has in the titles file the seed
 * file names ({@link OscalTitlesJa}), and a note saying whose translation that is.
 *
 * <p>Every problem (a missing file, a hash that differs from the one the file gives, bytes that are
 * not an OSCAL catalog, a title other than the one the file names, a baseline control the catalog
 * lacks, an imported title without a Japanese one unless the file allows that) refuses the whole
 * file, naming it.
 */
final class OscalCatalogSeed {

  /**
   * Imported requirements come after the document file's own (which number from 0) in catalog
   * order; a document file has far fewer than this many.
   */
  static final int ORDER_BASE = 1000;

  private OscalCatalogSeed() {}

  /**
   * Adds the catalog's requirements to {@code unit}, with the ids they define and need.
   *
   * @param seedFile the seed file's path, against which the catalog paths are resolved
   * @throws SeedRejection when a catalog file is missing, changed, not an OSCAL catalog, has
   *     another title, or a baseline selects a control the catalog lacks; when the titles file is
   *     missing or malformed, or (unless {@code titlesJa.partial}) an imported item's English title
   *     has no Japanese title in it
   */
  static void plan(SeedUnit unit, Path seedFile, OscalCatalogFile file) {
    String documentId = file.document();
    unit.refer(Space.DOCUMENT, documentId, "/document");
    OscalCatalogFile.Catalog source = file.catalog();
    Read catalog = read(unit, seedFile, source.file(), source.title(), source.source(), "/catalog");
    Map<String, List<String>> baselines = new HashMap<>();
    if (file.catalog().baseline() != null) {
      catalog.imported.controls().stream()
          .filter(c -> !c.group())
          .forEach(c -> mark(baselines, c.oscalId(), file.catalog().baseline()));
    }
    Set<String> inCatalog = new HashSet<>();
    catalog.imported.controls().forEach(c -> inCatalog.add(c.oscalId()));
    SeedPlanner.forEach(
        file.baselines(),
        (b, i) -> baseline(unit, seedFile, b, "/baselines/" + i, inCatalog, baselines));
    Set<String> existing = Set.copyOf(file.existing() == null ? List.of() : file.existing());
    Provenance provenance = provenance(file.catalog().source(), catalog.sha256);
    OscalCatalogFile.TitlesJa titlesJa = file.titlesJa();
    OscalTitlesJa japanese =
        titlesJa == null || titlesJa.file() == null
            ? OscalTitlesJa.NONE
            : OscalTitlesJa.read(unit, seedFile, titlesJa.file());
    Map<String, String> missing = new LinkedHashMap<>();
    Map<String, String> sections = new HashMap<>();
    int written = 0;
    int withdrawn = 0;
    for (ImportedControl c : catalog.imported.controls()) {
      String id = id(unit, documentId, c.ref());
      String parentId = c.parentRef() == null ? null : id(unit, documentId, c.parentRef());
      String section = c.parentRef() == null ? c.title() : sections.get(c.parentRef());
      sections.put(c.ref(), section);
      if (c.className() != null && existing.contains(c.className())) {
        unit.refer(Space.REQUIREMENT, id, "/existing");
        continue;
      }
      unit.define(Space.REQUIREMENT, id, "/catalog/file");
      List<String> selectedBy = baselines.get(c.oscalId());
      String titleJa = japanese.titleJa(c);
      if (titleJa == null) {
        missing.putIfAbsent(OscalTitlesJa.english(c), c.ref());
      }
      unit.writes()
          .add(
              new RequirementWrite(
                  id,
                  documentId,
                  parentId,
                  ORDER_BASE + written++,
                  content(
                      c,
                      titleJa,
                      titleJa == null || OscalTitlesJa.english(c) == null ? null : japanese.note(),
                      c.parentRef() == null ? null : section,
                      selectedBy),
                  provenance));
      withdrawn += c.withdrawn() ? 1 : 0;
    }
    if (!missing.isEmpty() && (titlesJa == null || !titlesJa.allowsMissing())) {
      throw new SeedRejection(unit.file(), "/titlesJa", missingTitles(titlesJa, missing));
    }
    unit.summarize(
        SeedPlanner.count(written, "requirement")
            + " from "
            + file.catalog().file()
            + " ("
            + withdrawn
            + " withdrawn)");
  }

  /** How many missing titles a refusal names; it counts the rest. */
  static final int MISSING_NAMED = 40;

  private static String missingTitles(
      OscalCatalogFile.TitlesJa titlesJa, Map<String, String> missing) {
    StringBuilder message = new StringBuilder();
    message
        .append(missing.size())
        .append(missing.size() == 1 ? " imported title has" : " imported titles have")
        .append(" no Japanese title")
        .append(
            titlesJa == null || titlesJa.file() == null
                ? " (the file names no titlesJa.file)"
                : " in " + titlesJa.file())
        .append(" (add them there, or set titlesJa.partial to import English only): ");
    missing.entrySet().stream()
        .limit(MISSING_NAMED)
        .forEach(
            e ->
                message
                    .append("'")
                    .append(e.getKey())
                    .append("' (")
                    .append(e.getValue())
                    .append("), "));
    message.setLength(message.length() - 2);
    if (missing.size() > MISSING_NAMED) {
      message.append(" and ").append(missing.size() - MISSING_NAMED).append(" more");
    }
    return message.toString();
  }

  private static RequirementContent content(
      ImportedControl c,
      String titleJa,
      String titleJaNote,
      String section,
      List<String> baselines) {
    String note = null;
    if (c.withdrawn()) {
      note =
          c.incorporatedInto().isEmpty()
              ? "Withdrawn in the catalog."
              : "Withdrawn in the catalog; incorporated into "
                  + String.join(", ", c.incorporatedInto())
                  + ".";
    }
    if (titleJaNote != null) {
      note = note == null ? titleJaNote : note + " " + titleJaNote;
    }
    boolean informative = c.group() || c.withdrawn();
    return new RequirementContent(
        c.ref(),
        c.title(),
        titleJa,
        c.text(),
        null,
        c.text() == null ? null : Boolean.TRUE,
        (informative ? Obligation.INFORMATIVE : Obligation.RECOMMENDED).name(),
        null,
        null,
        section,
        null,
        null,
        note,
        c.withdrawn() ? Boolean.TRUE : null,
        baselines);
  }

  private static void baseline(
      SeedUnit unit,
      Path seedFile,
      Baseline baseline,
      String at,
      Set<String> inCatalog,
      Map<String, List<String>> baselines) {
    Read read = read(unit, seedFile, baseline.file(), baseline.title(), baseline.source(), at);
    for (ImportedControl c : read.imported.controls()) {
      if (c.group()) {
        continue;
      }
      if (!inCatalog.contains(c.oscalId())) {
        throw new SeedRejection(
            unit.file(),
            at + "/file",
            "the baseline "
                + baseline.name()
                + " selects "
                + c.ref()
                + ", which the imported catalog does not have");
      }
      mark(baselines, c.oscalId(), baseline.name());
    }
  }

  private static void mark(Map<String, List<String>> baselines, String oscalId, String name) {
    List<String> names = baselines.computeIfAbsent(oscalId, k -> new ArrayList<>());
    if (!names.contains(name)) {
      names.add(name);
    }
  }

  /** A catalog file as read: its controls and the SHA-256 of its bytes. */
  private record Read(ImportedCatalog imported, String sha256) {}

  private static Read read(
      SeedUnit unit, Path seedFile, String relative, String title, Source source, String at) {
    Path path = seedFile.toAbsolutePath().getParent().resolve(relative).normalize();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new SeedRejection(
          unit.file(), at + "/file", "cannot read the catalog file " + path + ": " + e);
    }
    String sha256 = sha256(bytes);
    if (source != null && source.sha256() != null && !source.sha256().equals(sha256)) {
      throw new SeedRejection(
          unit.file(),
          at + "/source/sha256",
          relative
              + " has the SHA-256 "
              + sha256
              + ", not the one this file gives: a changed"
              + " catalog needs its source (commit, hash) updated with it");
    }
    ImportedCatalog imported;
    try {
      imported = OscalImport.read(bytes, path.toUri());
    } catch (ParseException e) {
      throw new SeedRejection(
          unit.file(),
          at + "/file",
          relative + " is not an OSCAL catalog this import reads: " + e.getMessage());
    }
    if (!imported.title().equals(title)) {
      throw new SeedRejection(
          unit.file(),
          at + "/title",
          relative + " is the catalog '" + imported.title() + "', not '" + title + "'");
    }
    return new Read(imported, sha256);
  }

  private static String id(SeedUnit unit, String documentId, String ref) {
    try {
      return Ids.requirement(documentId, ref);
    } catch (IllegalArgumentException e) {
      throw new SeedRejection(unit.file(), "/document", e.getMessage());
    }
  }

  /** The catalog's origin, by default an IMPORT, with the hash of the bytes imported. */
  private static Provenance provenance(Source source, String sha256) {
    return new Provenance(
        source.url(),
        null,
        source.method() == null ? Method.IMPORT : Method.valueOf(source.method()),
        sha256);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
