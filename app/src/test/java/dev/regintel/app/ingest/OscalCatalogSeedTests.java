package dev.regintel.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regintel.app.ingest.SeedUnit.Ref;
import dev.regintel.app.ingest.SeedUnit.Space;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    SeedUnit unit = plan(file(OSCAL.resolve(R5).toString(), R5_TITLE, R5_SHA256, ""));

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

  @Test
  void aBaselineSelectingAControlTheCatalogLacksIsRefused() {
    // Rev. 5 selects SR controls, which the Rev. 4 catalog does not have.
    String rev4 = OSCAL.resolve("NIST_SP-800-53_rev4_catalog-min.json").toString();
    String yaml =
        """
        kind: oscal-catalog
        document: doc:nist-sp-800-53:r4
        catalog:
          file: %s
          title: 'NIST Special Publication 800-53 Revision 4: Security and Privacy Controls for Federal Information Systems and Organizations'
          source: {url: "https://example.org/rev4.json"}
        baselines:
          - name: MODERATE
            file: %s
            title: %s
            source: {url: "https://example.org/rev5.json"}
        """
            .formatted(rev4, OSCAL.resolve(R5), R5_TITLE);

    assertThatThrownBy(() -> plan(yaml))
        .isInstanceOf(SeedRejection.class)
        .hasMessageContaining("the baseline MODERATE selects")
        .hasMessageContaining("which the imported catalog does not have");
  }
}
