package dev.regintel.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regintel.app.ingest.SeedUnit.Ref;
import dev.regintel.app.ingest.SeedUnit.Space;
import dev.regintel.crawlers.source.nist.ImportedControl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planning {@code oscal-catalog} seed files: what they define and need, and what they refuse. */
class OscalCatalogSeedTests {

  static final Path OSCAL = Path.of("../seed-data/oscal").toAbsolutePath().normalize();
  static final String R5 = "NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog.json";
  static final String R5_TITLE =
      "NIST Special Publication 800-53 Revision 5.1.1 MODERATE IMPACT BASELINE";
  static final String R5_SHA256 =
      "e87b99d64937e98215d98d0dd16794546c981bb69eb33f2c416476dad090aa7d";
  static final String TITLES_JA = "titlesJa: {file: " + OSCAL.resolve("titles-ja.yaml") + "}";

  @TempDir Path dir;

  SeedUnit plan(String yaml) throws IOException {
    Path file = dir.resolve("catalog.yaml");
    Files.writeString(file, yaml);
    SeedReader.Outcome outcome = new SeedReader().read(file, "catalog.yaml");
    assertThat(outcome.problems()).isEmpty();
    return new SeedPlanner().plan(outcome.parsed());
  }

  static String file(String catalog, String title, String sha256, String extra) {
    return """
        kind: oscal-catalog
        document: doc:nist-sp-800-53:r5
        catalog:
          file: %s
          title: %s
          baseline: MODERATE
          source:
            url: https://github.com/usnistgov/oscal-content/blob/main/%s
            sha256: %s
        existing: [family]
        %s
        """
        .formatted(catalog, title, R5, sha256, extra);
  }

  @Test
  void familiesAreReferredToAndControlsAndEnhancementsDefined() throws IOException {
    SeedUnit unit = planR5(TITLES_JA);

    assertThat(unit.kind()).isEqualTo(SeedKind.OSCAL_CATALOG);
    assertThat(unit.references())
        .extracting(Ref::space, Ref::id)
        .contains(
            org.assertj.core.groups.Tuple.tuple(Space.DOCUMENT, "doc:nist-sp-800-53:r5"),
            org.assertj.core.groups.Tuple.tuple(Space.REQUIREMENT, "req:nist-sp-800-53:r5:ac"),
            org.assertj.core.groups.Tuple.tuple(Space.REQUIREMENT, "req:nist-sp-800-53:r5:sr"));
    assertThat(unit.defines())
        .extracting(Ref::id)
        .contains("req:nist-sp-800-53:r5:ac-2", "req:nist-sp-800-53:r5:ac-2-1")
        .doesNotContain("req:nist-sp-800-53:r5:ac")
        .hasSize(177 + 110);
    assertThat(unit.summary()).startsWith("287 requirements from ");
  }

  @Test
  void theKindIsWrittenWithAHyphen() {
    assertThat(SeedKind.OSCAL_CATALOG.key()).isEqualTo("oscal-catalog");
    assertThat(SeedKind.of("oscal-catalog")).isEqualTo(SeedKind.OSCAL_CATALOG);
  }

  @Test
  void aCatalogWithAnotherTitleIsRefused() {
    assertThatThrownBy(
            () -> plan(file(OSCAL.resolve(R5).toString(), "NIST SP 800-53 Rev. 4", R5_SHA256, "")))
        .isInstanceOf(SeedRejection.class)
        .hasMessageContaining("is the catalog '" + R5_TITLE + "', not 'NIST SP 800-53 Rev. 4'");
  }

  @Test
  void aCatalogWhoseHashDiffersFromItsSourceIsRefused() {
    String other = "0".repeat(64);

    assertThatThrownBy(() -> plan(file(OSCAL.resolve(R5).toString(), R5_TITLE, other, "")))
        .isInstanceOf(SeedRejection.class)
        .hasMessageContaining("has the SHA-256 " + R5_SHA256);
  }

  @Test
  void aMissingCatalogFileIsRefusedNamingIt() {
    assertThatThrownBy(() -> plan(file("no-such-catalog.json", R5_TITLE, R5_SHA256, "")))
        .isInstanceOf(SeedRejection.class)
        .hasMessageContaining("cannot read the catalog file")
        .hasMessageContaining("no-such-catalog.json");
  }

  /** An oscal-catalog file importing the whole Rev. 4 catalog, ending in {@code rest}. */
  static String rev4(String rest) {
    return """
        kind: oscal-catalog
        document: doc:nist-sp-800-53:r4
        catalog:
          file: %s
          title: 'NIST Special Publication 800-53 Revision 4: Security and Privacy Controls for Federal Information Systems and Organizations'
          source: {url: "https://example.org/rev4.json"}
        """
            .formatted(OSCAL.resolve("NIST_SP-800-53_rev4_catalog-min.json"))
        + rest;
  }

  @Test
  void aBaselineSelectingAControlTheCatalogLacksIsRefused() {
    // Rev. 5 selects SR controls, which the Rev. 4 catalog does not have.
    String yaml =
        rev4(
            """
            baselines:
              - name: MODERATE
                file: %s
                title: %s
                source: {url: "https://example.org/rev5.json"}
            """
                .formatted(OSCAL.resolve(R5), R5_TITLE));

    assertThatThrownBy(() -> plan(yaml))
        .isInstanceOf(SeedRejection.class)
        .hasMessageContaining("the baseline MODERATE selects")
        .hasMessageContaining("which the imported catalog does not have");
  }

  SeedUnit planR5(String titlesJa) throws IOException {
    return plan(file(OSCAL.resolve(R5).toString(), R5_TITLE, R5_SHA256, titlesJa));
  }

  Path titles(String yaml) throws IOException {
    return Files.writeString(dir.resolve("titles-ja.yaml"), yaml);
  }

  static final String FEW_TITLES =
      """
      note: 'Japanese title: a test translation.'
      titles:
        Account Management: アカウント管理
        Policy and Procedures: 方針と手順
      """;

  @Test
  void anImportedTitleWithoutAJapaneseOneRefusesTheFileNamingTheMissingTitles() throws IOException {
    Path few = titles(FEW_TITLES);

    assertThatThrownBy(() -> planR5("titlesJa: {file: " + few + "}"))
        .isInstanceOf(SeedRejection.class)
        // 263 distinct titles in the MODERATE baseline, two of them given; the first 40 named.
        .hasMessageStartingWith("261 imported titles have no Japanese title in " + few)
        .hasMessageContaining("'Automated System Account Management' (AC-2(1))")
        .hasMessageNotContaining("'Account Management'")
        .hasMessageEndingWith(" and " + (261 - OscalCatalogSeed.MISSING_NAMED) + " more");
  }

  @Test
  void aFileWithoutTitlesJaIsRefusedLikeAnyMissingTitle() {
    assertThatThrownBy(() -> planR5(""))
        .isInstanceOf(SeedRejection.class)
        .hasMessageContaining("have no Japanese title (the file names no titlesJa.file)");
  }

  @Test
  void partialLetsTitlesWithoutAJapaneseOneLoadInEnglishOnly() throws IOException {
    Path few = titles(FEW_TITLES);

    SeedUnit unit = planR5("titlesJa: {file: " + few + ", partial: true}");

    assertThat(unit.defines()).hasSize(177 + 110);
  }

  @Test
  void aTitlesFileGivingATitleTwiceIsRefused() throws IOException {
    Path twice =
        titles(
            """
            note: 'Japanese title: a test translation.'
            titles:
              Account Management: アカウント管理
              Account Management: 勘定管理
            """);

    assertThatThrownBy(() -> planR5("titlesJa: {file: " + twice + "}"))
        .isInstanceOf(SeedRejection.class)
        .hasMessageContaining("cannot read the Japanese titles file")
        .hasMessageContaining("Account Management");
  }

  @Test
  void aTitlesFileWithoutANoteIsRefused() throws IOException {
    Path noNote = titles("titles:\n  Account Management: アカウント管理\n");

    assertThatThrownBy(() -> planR5("titlesJa: {file: " + noNote + "}"))
        .isInstanceOf(SeedRejection.class)
        .hasMessageContaining("is not a Japanese titles file: it needs a note");
  }

  /** A control as the import gives it, with only what titles depend on filled in. */
  static ImportedControl control(String ref, String title) {
    return new ImportedControl(
        ref.toLowerCase(Locale.ROOT), ref, null, null, false, title, null, false, List.of());
  }

  @Test
  void aJapaneseTitleIsTheEntryOfTheEnglishTitleFollowedByTheRef() {
    OscalTitlesJa ja =
        new OscalTitlesJa(
            "note", Map.of("Account Management", "アカウント管理", "Dual Authorization", "二者による認可"));
    ImportedControl ac2 = control("AC-2", "Account Management (AC-2)");
    ImportedControl ac32 = control("AC-3(2)", "Dual Authorization (AC-3(2))");
    ImportedControl ac4 = control("AC-4", "Information Flow Enforcement (AC-4)");

    assertThat(ja.titleJa(ac2)).isEqualTo("アカウント管理（AC-2）");
    assertThat(ja.titleJa(ac32)).isEqualTo("二者による認可（AC-3(2)）");
    assertThat(OscalTitlesJa.english(ac4)).isEqualTo("Information Flow Enforcement");
    assertThat(ja.titleJa(ac4)).isNull();
  }

  @Test
  void theShippedTitlesCoverTheWholeRevision4Catalog() throws IOException {
    String yaml = rev4("existing: [family]\n" + TITLES_JA + "\n");

    long started = System.nanoTime();
    SeedUnit unit = plan(yaml);
    System.out.printf(
        "Rev. 4 catalog planned with Japanese titles in %d ms%n",
        (System.nanoTime() - started) / 1_000_000);
    assertThat(unit.defines()).hasSize(922);
  }
}
