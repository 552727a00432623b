package dev.regintel.app.productimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.regintel.app.productimport.ProductEntries.Claim;
import dev.regintel.app.productimport.ProductEntries.Control;
import dev.regintel.ontology.Fulfilment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The OSCAL readers and their mapping to the graph's records: bytes in, records out. */
class ProductFilesTests {

  static final Path FILES = Path.of("src/test/resources/productimport");
  static final Path SEED_OSCAL = Path.of("../seed-data/oscal");

  static final String CAMERA = "ctl:oscal-6f1e6d0a-1c2b-4e55-9a71-3d5b2f0c8e11";
  static final String FIRMWARE = "ctl:oscal-8a0f9b3e-4d6c-4b2a-9e81-5c7d3f1a2b64";

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ProductEntries read(Path file, ProductFileFormat format) {
    return ProductFiles.read(
        bytes(file), format, file.getFileName().toString(), ProductImportLimits.DEFAULTS);
  }

  static ProductEntries read(String text, ProductFileFormat format) {
    return ProductFiles.read(
        text.getBytes(StandardCharsets.UTF_8), format, "test", ProductImportLimits.DEFAULTS);
  }

  /** The claims that have a fulfilment, by requirement id. */
  static Map<String, Fulfilment> claims(ProductEntries entries) {
    return entries.claims().stream()
        .filter(c -> c.fulfilment() != null)
        .collect(Collectors.toMap(c -> c.target().requirementId(), Claim::fulfilment));
  }

  @Test
  void nistExampleBecomesOneControlClaimingThreeSp80053Rev5Controls() {
    ProductEntries entries =
        read(SEED_OSCAL.resolve("example-component-definition.json"), ProductFileFormat.OSCAL_JSON);

    assertThat(entries.problems()).isEmpty();
    assertThat(entries.title()).isEqualTo("MongoDB Component Definition Example");
    assertThat(entries.devices()).isEmpty();
    assertThat(entries.suppliers()).isEmpty();
    assertThat(entries.controls())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.id()).isEqualTo("ctl:oscal-91f646c5-b1b6-4786-9ec3-2305a044e217");
              assertThat(c.content().name()).isEqualTo("MongoDB");
              assertThat(c.content().description())
                  .startsWith("MongoDB is a source-available")
                  .endsWith("Provides a NoSQL database service");
            });
    assertThat(claims(entries))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "req:nist-sp-800-53:r5:sc-8", Fulfilment.FULL,
                "req:nist-sp-800-53:r5:sc-8-1", Fulfilment.FULL,
                "req:nist-sp-800-53:r5:sa-4-9", Fulfilment.FULL));
    assertThat(entries.claims().getFirst().evidence())
        .contains("MongoDB implements TLS 1.x to protect the confidentiality of transmitted data");
    assertThat(entries.notices())
        .anySatisfy(n -> assertThat(n).contains("no implementation-status", "sc-8, sc-8.1, sa-4.9"))
        .anySatisfy(n -> assertThat(n).contains("provider is not written as a supplier"));
  }

  @Test
  void nistExampleInXmlGivesTheSameRecordsAsInJson() {
    assertThat(
            read(
                SEED_OSCAL.resolve("example-component-definition.xml"),
                ProductFileFormat.OSCAL_XML))
        .isEqualTo(
            read(
                SEED_OSCAL.resolve("example-component-definition.json"),
                ProductFileFormat.OSCAL_JSON));
  }

  @Test
  void hardwareIsADeviceWithItsSupplierAndSoftwareAControlItImplements() {
    ProductEntries entries =
        read(FILES.resolve("camera-component-definition.json"), ProductFileFormat.OSCAL_JSON);

    assertThat(entries.problems()).isEmpty();
    assertThat(entries.suppliers())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.id()).isEqualTo("sup:oscal-0b6c3c8e-2f41-4d7a-8e15-9a3f6b2d1c70");
              assertThat(s.name()).isEqualTo("Example CamWorks Ltd (fictional)");
              assertThat(s.url()).isEqualTo("https://camworks.example");
            });
    assertThat(entries.devices())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo("dev:oscal-6f1e6d0a-1c2b-4e55-9a71-3d5b2f0c8e11");
              assertThat(d.category()).isEqualTo("CONSUMER_IOT");
              assertThat(d.nameJa()).isEqualTo("Example Cam X1 屋内カメラ（架空）");
              assertThat(d.markets()).containsExactly("GB", "US");
              assertThat(d.supplierId())
                  .isEqualTo("sup:oscal-0b6c3c8e-2f41-4d7a-8e15-9a3f6b2d1c70");
              assertThat(d.controlIds()).containsExactly(CAMERA, FIRMWARE);
            });
    assertThat(entries.controls())
        .extracting(Control::id, c -> c.content().category())
        .containsExactly(tuple(CAMERA, null), tuple(FIRMWARE, "COMMUNICATION"));
  }

  @Test
  void implementationStatusesBecomeFulfilmentsOrNotices() {
    ProductEntries entries =
        read(FILES.resolve("camera-component-definition.json"), ProductFileFormat.OSCAL_JSON);

    assertThat(claims(entries))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "req:nist-ir-8259a:final:device-identification", Fulfilment.FULL,
                "req:nist-ir-8259a:final:software-update", Fulfilment.PARTIAL,
                "req:nist-sp-800-53:r5:sc-8", Fulfilment.FULL,
                "req:nist-sp-800-53:r5:sc-8-1", Fulfilment.PARTIAL,
                "req:nist-sp-800-53:r5:ia-2", Fulfilment.FULL,
                "req:nist-csf:2.0:pr.ds-02", Fulfilment.FULL));
    assertThat(entries.notices())
        .anySatisfy(n -> assertThat(n).contains("control-id si-2: planned, so no claim is made"))
        .anySatisfy(n -> assertThat(n).contains("1 implemented requirement(s)", "ia-2"));
    assertThat(
            entries.claims().stream()
                .filter(c -> c.target().requirementId().endsWith(":sc-8"))
                .findFirst()
                .orElseThrow()
                .evidence())
        .isEqualTo(
            "The firmware protects data in transit.\n\nTLS 1.2 or later protects the"
                + " confidentiality and integrity of transmitted data.");
  }

  @Test
  void cameraInXmlGivesTheSameRecordsAsInJson() {
    assertThat(read(FILES.resolve("camera-component-definition.xml"), ProductFileFormat.OSCAL_XML))
        .isEqualTo(
            read(FILES.resolve("camera-component-definition.json"), ProductFileFormat.OSCAL_JSON));
  }

  @Test
  void sourcesWeDoNotHoldAndDevicesWithoutCategoryAreProblems() {
    ProductEntries entries =
        read(FILES.resolve("refused-component-definition.json"), ProductFileFormat.OSCAL_JSON);

    assertThat(entries.problems())
        .extracting(ImportProblem::toString)
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "control-implementation 9c1e3a5b-7d9f-4b1c-8e3a-5b7d9f1c3e36",
                        "'https://example.org/catalogs/iso-iec-27001-2022.json' names no catalog we hold"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "component 'Example gateway (fictional)'", "needs its product category"));
    // Controls of SP 800-53 Rev. 5 map to requirement ids; whether the graph holds them is the
    // import's question, not the reader's.
    assertThat(claims(entries))
        .containsKeys("req:nist-sp-800-53:r5:ac-2-6", "req:nist-sp-800-53:r5:sc-8-2");
  }

  @Test
  void statusesThatContradictOrAreUnknownAreProblems() {
    String json =
        """
        {"component-definition": {"uuid": "u", "metadata": {"title": "t"}, "components": [
          {"uuid": "c1", "type": "software", "title": "S", "description": "d",
           "control-implementations": [{"uuid": "i1", "source": "doc:nist-sp-800-53:r5",
             "implemented-requirements": [
               {"uuid": "r1", "control-id": "ac-2", "props": [
                 {"name": "implementation-status", "value": "partial"},
                 {"name": "implementation-status", "value": "planned"}]},
               {"uuid": "r2", "control-id": "ac-3", "props": [
                 {"name": "implementation-status", "value": "implemented"},
                 {"name": "implementation-status", "value": "not-applicable"}]},
               {"uuid": "r3", "control-id": "ac-4", "props": [
                 {"name": "implementation-status", "value": "done"}]},
               {"uuid": "r4", "control-id": "ac-5", "props": [
                 {"name": "implementation-status", "value": "not-applicable"}]}]}]}]}}""";
    ProductEntries entries = read(json, ProductFileFormat.OSCAL_JSON);

    assertThat(claims(entries))
        .containsExactlyEntriesOf(Map.of("req:nist-sp-800-53:r5:ac-2", Fulfilment.PARTIAL));
    // A wrong status is a problem, but its requirement is still looked up; not-applicable is not.
    assertThat(entries.claims())
        .extracting(c -> c.target().requirementId())
        .containsExactly(
            "req:nist-sp-800-53:r5:ac-2",
            "req:nist-sp-800-53:r5:ac-3",
            "req:nist-sp-800-53:r5:ac-4");
    assertThat(entries.problems())
        .extracting(ImportProblem::toString)
        .anySatisfy(p -> assertThat(p).contains("control-id ac-3", "contradict"))
        .anySatisfy(p -> assertThat(p).contains("control-id ac-4", "'done' is none of"));
    assertThat(entries.notices()).anySatisfy(n -> assertThat(n).contains("ac-5: not-applicable"));
  }

  @Test
  void componentsWithoutUuidOrTitleAreProblemsAndOneWithoutTypeIsAControl() {
    String json =
        """
        {"component-definition": {"uuid": "u", "metadata": {"title": "t"}, "components": [
          {"title": "No uuid", "type": "hardware"},
          {"uuid": "c2", "type": "software"},
          {"uuid": "c3", "title": "No type",
           "control-implementations": [{"uuid": "i1", "source": "doc:nist-csf:2.0",
             "implemented-requirements": [{"uuid": "r1", "control-id": "GV.OC-01"}]}]}]}}""";
    ProductEntries entries = read(json, ProductFileFormat.OSCAL_JSON);

    assertThat(entries.problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "component 'No uuid' (no uuid): a component needs a uuid, from which its id is made",
            "component (c2): a component needs a title, its name");
    assertThat(entries.controls()).extracting(Control::id).containsExactly("ctl:oscal-c3");
    assertThat(claims(entries)).containsOnlyKeys("req:nist-csf:2.0:gv.oc-01");
  }

  @Test
  void malformedJsonIsUnreadableNamingTheLine() {
    assertThatThrownBy(
            () -> read("{\"component-definition\": {\n \"uuid\": }", ProductFileFormat.OSCAL_JSON))
        .isInstanceOf(ProductFileException.class)
        .hasMessageContaining("malformed JSON")
        .hasMessageContaining("line 2");
  }

  @Test
  void jsonThatIsNoComponentDefinitionIsUnreadable() {
    assertThatThrownBy(() -> read("{\"catalog\": {}}", ProductFileFormat.OSCAL_JSON))
        .isInstanceOf(ProductFileException.class)
        .hasMessageContaining("not an OSCAL component definition")
        .hasMessageContaining("catalog");
  }

  @Test
  void xmlWithADoctypeIsRefusedSoNoEntityIsExpanded() {
    String xml =
        """
        <?xml version="1.0"?>
        <!DOCTYPE component-definition [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <component-definition xmlns="http://csrc.nist.gov/ns/oscal/1.0"><metadata><title>&x;</title></metadata></component-definition>""";
    assertThatThrownBy(() -> read(xml, ProductFileFormat.OSCAL_XML))
        .isInstanceOf(ProductFileException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void xmlOfAnotherKindIsUnreadable() {
    assertThatThrownBy(
            () ->
                read(
                    "<catalog xmlns=\"http://csrc.nist.gov/ns/oscal/1.0\"/>",
                    ProductFileFormat.OSCAL_XML))
        .isInstanceOf(ProductFileException.class)
        .hasMessageContaining("the root element is {http://csrc.nist.gov/ns/oscal/1.0}catalog");
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() {
    ProductImportLimits limits = new ProductImportLimits(DataSize.ofBytes(100), 100, 500, 2000);
    assertThatThrownBy(
            () ->
                ProductFiles.read(new byte[101], ProductFileFormat.OSCAL_JSON, "big.json", limits))
        .isInstanceOf(ProductFileException.class)
        .hasMessage(
            "The file (101 bytes) exceeds the limit of 100"
                + " (regintel.limits.product-import.max-file-size).")
        .extracting(e -> ((ProductFileException) e).limit())
        .isEqualTo("product-import.max-file-size");
  }

  @Test
  void tooManyComponentsOrClaimsAreRefusedNamingTheLimit() {
    byte[] camera = bytes(FILES.resolve("camera-component-definition.json"));
    assertThatThrownBy(
            () ->
                ProductFiles.read(
                    camera,
                    ProductFileFormat.OSCAL_JSON,
                    "camera.json",
                    new ProductImportLimits(DataSize.ofMegabytes(5), 1, 500, 2000)))
        .hasMessageContaining("The file's 2 components exceeds the limit of 1")
        .hasMessageContaining("regintel.limits.product-import.max-components");
    assertThatThrownBy(
            () ->
                ProductFiles.read(
                    camera,
                    ProductFileFormat.OSCAL_JSON,
                    "camera.json",
                    new ProductImportLimits(DataSize.ofMegabytes(5), 100, 500, 5)))
        .hasMessageContaining("The file's 7 claims exceeds the limit of 5")
        .hasMessageContaining("regintel.limits.product-import.max-claims");
  }

  @Test
  void sourcesAreKnownByNistFileNamesAndOurDocumentIds() {
    OscalSources sources =
        new OscalSources(
            List.of(
                new OscalComponentDefinition.Resource(
                    "r1",
                    "both",
                    List.of("a/NIST_SP-800-53_rev5_catalog.json", "b/NIST_CSF_v2.0_catalog.xml"))));
    assertThat(
            sources.resolve(
                "../../nist.gov/SP800-53/rev4/json/NIST_SP-800-53_rev4_LOW-baseline_profile.json?x=1"))
        .isEqualTo(
            new OscalSources.Catalog("doc:nist-sp-800-53:r4", "NIST SP 800-53 Revision 4", true));
    assertThat(sources.resolve("doc:nist-ir-8259a:final").documentId())
        .isEqualTo("doc:nist-ir-8259a:final");
    assertThatThrownBy(() -> sources.resolve("#r1")).hasMessageContaining("more than one catalog");
    assertThatThrownBy(() -> sources.resolve("#nope"))
        .hasMessageContaining("points to no back-matter resource");
    assertThatThrownBy(() -> sources.resolve("NIST_SP-800-171_rev3_catalog.json"))
        .hasMessageContaining("names no catalog we hold");
  }
}
