package dev.regintel.app.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OSCAL export: valid against NIST's schema, and saying what the report says. */
class OscalComponentDefinitionTests {

  static final JsonMapper JSON = JsonMapper.builder().build();

  static String oscal() {
    return new String(
        SampleReports.written(CoverageFormat.OSCAL, ReportLanguage.EN), StandardCharsets.UTF_8);
  }

  @Test
  void theSchemaAcceptsNistsOwnExampleAndRefusesABrokenCopyOfIt() throws IOException {
    // NIST's example ships in seed-data with its origin (seed-data/oscal/README.md).
    String example =
        Files.readString(Path.of("../seed-data/oscal/example-component-definition.json"));
    assertThat(OscalSchema.errors(example)).isEmpty();
    String broken = example.replace("\"type\": \"service\"", "\"type\": \"\"");
    assertThat(OscalSchema.errors(broken)).isNotEmpty();
  }

  @Test
  void theExportIsAValidOscalComponentDefinition() {
    assertThat(OscalSchema.errors(oscal())).isEmpty();
  }

  @Test
  void theDeviceIsOneHardwareComponentWithAControlImplementationPerDocumentThatItMeets() {
    JsonNode definition = JSON.readTree(oscal()).get("component-definition");
    assertThat(definition.at("/metadata/oscal-version").asString()).isEqualTo("1.1.2");
    assertThat(definition.at("/metadata/last-modified").asString())
        .isEqualTo("2026-05-01T09:30:00Z");
    JsonNode component = definition.at("/components/0");
    assertThat(component.get("type").asString()).isEqualTo("hardware");
    assertThat(component.get("title").asString()).isEqualTo("Sample camera");
    JsonNode implementations = component.get("control-implementations");
    assertThat(implementations.size()).isEqualTo(2);
    List<String> sources = new ArrayList<>();
    definition
        .at("/back-matter/resources")
        .forEach(r -> sources.add("#" + r.get("uuid").asString()));
    implementations.forEach(i -> assertThat(sources).contains(i.get("source").asString()));
  }

  @Test
  void fullAndPartialRowsAreImplementedRequirementsAndNoneRowsAreLeftOut() {
    List<String> statuses = OscalSchema.implementedProps(oscal(), "implementation-status");
    List<String> requirements = OscalSchema.implementedProps(oscal(), "requirement-id");
    assertThat(statuses).containsExactly("implemented", "partial");
    assertThat(requirements)
        .containsExactly("req:etsi-en-303-645:v2.1.1:5.1-1", "req:eu-2024-2847:annex-i-1-2-b")
        .doesNotContain("req:eu-2024-2847:annex-i-2-1");
  }

  @Test
  void anImplementedRequirementNamesItsControlsAndGivesTheirPathsInItsRemarks() {
    JsonNode partial =
        JSON.readTree(oscal())
            .at(
                "/component-definition/components/0/control-implementations/1/implemented-requirements/0");
    assertThat(partial.get("control-id").asString()).isEqualTo("Annex_I_1_2_b");
    assertThat(partial.get("description").asString())
        .startsWith("PARTIAL: " + SampleReports.HOSTILE_TITLE)
        .endsWith("Reached by the device's controls: Secure boot.");
    assertThat(partial.get("remarks").asString())
        .endsWith(
            "\nctl:secure-boot -SATISFIES-> req:a -SUBSET_OF-> req:eu-2024-2847:annex-i-1-2-b");
  }

  @Test
  void controlIdsAreNistsForSp80053LabelsAndTokensForOtherRefs() {
    assertThat(OscalComponentDefinition.controlId("AC-2", "req:x:ac-2")).isEqualTo("ac-2");
    assertThat(OscalComponentDefinition.controlId("AC-2(1)", "req:x:ac-2-1")).isEqualTo("ac-2.1");
    assertThat(OscalComponentDefinition.controlId("5.1-3", "req:x:5.1-3")).isEqualTo("_5.1-3");
    assertThat(OscalComponentDefinition.controlId("Art. 13(4)", "req:x:y")).isEqualTo("Art._13_4");
    assertThat(OscalComponentDefinition.controlId(null, "req:x:annex-i")).isEqualTo("annex-i");
    assertThat(OscalComponentDefinition.controlId("（１）", "req:x:y"))
        .matches("^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$");
  }

  @Test
  void uuidsAreVersion5AndTheSameForTheSameName() {
    UUID one = OscalComponentDefinition.uuid("device dev:x");
    assertThat(one.version()).isEqualTo(5);
    assertThat(one.variant()).isEqualTo(2);
    assertThat(OscalComponentDefinition.uuid("device dev:x")).isEqualTo(one);
    assertThat(OscalComponentDefinition.uuid("device dev:y")).isNotEqualTo(one);
  }

  @Test
  void theDocumentUuidFollowsTheContentNotTheTimeOfWriting() {
    CoverageReport sample = SampleReports.sample();
    CoverageReport later =
        new CoverageReport(
            sample.device(),
            sample.markets(),
            sample.asOf(),
            sample.generated().plusDays(3),
            sample.jurisdictions());
    CoverageReport fewer =
        new CoverageReport(
            sample.device(),
            sample.markets(),
            sample.asOf(),
            sample.generated(),
            sample.jurisdictions().subList(0, 1));
    String uuid = uuid(sample);
    assertThat(uuid(later)).isEqualTo(uuid);
    assertThat(uuid(fewer)).isNotEqualTo(uuid);
  }

  static String uuid(CoverageReport report) {
    return OscalComponentDefinition.document(report).at("/component-definition/uuid").asString();
  }
}
