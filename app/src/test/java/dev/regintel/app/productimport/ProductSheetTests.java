package dev.regintel.app.productimport;

import static dev.regintel.app.productimport.ProductFilesTests.FILES;
import static dev.regintel.app.productimport.ProductFilesTests.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.regintel.app.productimport.ProductEntries.Claim;
import dev.regintel.app.productimport.ProductEntries.Control;
import dev.regintel.ontology.Fulfilment;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The product sheet in CSV and YAML: bytes in, records out. */
class ProductSheetTests {

  static final String HEADER =
      "device_name,device_category,control_id,control_name,document,version,ref,fulfilment\n";

  @Test
  void csvAndYamlOfTheSameSheetGiveTheSameRecordsButForTheirPlaces() {
    ProductEntries csv = read(FILES.resolve("smartplug-sheet.csv"), ProductFileFormat.CSV);
    ProductEntries yaml = read(FILES.resolve("smartplug-sheet.yaml"), ProductFileFormat.YAML);

    assertThat(csv.problems()).isEmpty();
    assertThat(yaml.problems()).isEmpty();
    assertThat(csv.devices())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("at")
        .isEqualTo(yaml.devices());
    assertThat(csv.suppliers())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("at")
        .isEqualTo(yaml.suppliers());
    assertThat(csv.controls())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("at")
        .isEqualTo(yaml.controls());
    assertThat(csv.claims())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("at")
        .isEqualTo(yaml.claims());
  }

  @Test
  void idsTheSheetLeavesOutAreMadeFromNames() {
    ProductEntries sheet = read(FILES.resolve("smartplug-sheet.csv"), ProductFileFormat.CSV);

    assertThat(sheet.suppliers())
        .singleElement()
        .satisfies(s -> assertThat(s.id()).isEqualTo("sup:example-plugco-ltd-fictional"));
    assertThat(sheet.devices())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo("dev:example-smartplug-p2-fictional");
              assertThat(d.markets()).containsExactly("GB", "EU", "JP");
              assertThat(d.supplierId()).isEqualTo("sup:example-plugco-ltd-fictional");
              assertThat(d.controlIds())
                  .containsExactly(
                      "ctl:example-smartplug-p2-fictional-unique-password-per-plug",
                      "ctl:example-smartplug-p2-fictional-signed-firmware-updates",
                      "ctl:tls-1-2-or-later");
            });
    assertThat(sheet.controls()).extracting(Control::reference).containsExactly(false, false, true);
    assertThat(sheet.claims())
        .extracting(Claim::at, c -> c.target().cited(), Claim::fulfilment)
        .containsExactly(
            tuple("row 2", "ETSI EN 303 645 V2.1.1 5.1-1", Fulfilment.FULL),
            tuple("row 3", "req:uk-si-2023-1007:sch-1-para-1", Fulfilment.PARTIAL),
            tuple("row 4", "doc:etsi-en-303-645:v2.1.1 5.3-2", Fulfilment.FULL));
    assertThat(sheet.claims().get(2).target().requirementId())
        .isEqualTo("req:etsi-en-303-645:v2.1.1:5.3-2");
  }

  @Test
  void aRowThatChangesTheDeviceIsAProblemNamingBothRows() {
    ProductEntries sheet =
        read(
            HEADER
                + "Plug,CONSUMER_IOT,,Pw,doc:x,,1,FULL\n"
                + "Socket,CONSUMER_IOT,,Pw,doc:x,,2,FULL\n",
            ProductFileFormat.CSV);
    assertThat(sheet.problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "row 3: device_name 'Socket' differs from 'Plug' on row 2 (repeat a value on later rows, or leave it empty there)");
  }

  @Test
  void unknownColumnsAndKeysAreProblemsSoThatNothingIsLostUnnoticed() {
    assertThat(
            read("device_name,device_categroy\nPlug,CONSUMER_IOT\n", ProductFileFormat.CSV)
                .problems())
        .extracting(ImportProblem::toString)
        .anySatisfy(p -> assertThat(p).startsWith("row 1: column 'device_categroy' is none of"));
    assertThat(
            read(
                    "device: {name: Plug, category: CONSUMER_IOT, colour: red}\n",
                    ProductFileFormat.YAML)
                .problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "/device: unknown key 'colour' (known: [category, id, markets, name, nameJa, note, use])");
  }

  @Test
  void claimsNeedTheirControlARequirementAndFulfilmentFullOrPartial() {
    ProductEntries sheet =
        read(
            HEADER
                + "Plug,CONSUMER_IOT,,,doc:x,,1,FULL\n"
                + ",,,Pw,doc:x,,1,NONE\n"
                + ",,,Pw,,,,FULL\n"
                + ",,ctl:tls-1-2-or-later,,doc:x,,1,FULL\n",
            ProductFileFormat.CSV);
    assertThat(sheet.problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "row 2: a claim needs the control it is for: control_id or control_name",
            "row 3: fulfilment 'NONE' is neither FULL nor PARTIAL (a claim of none is not made)",
            "row 4: a claim names its requirement by id (requirement) or by document and ref",
            "row 5: claims are made only for controls the sheet writes: give ctl:tls-1-2-or-later its name, or claim through a control of your own");
  }

  @Test
  void aSheetNeedsItsDeviceNameAndCategory() {
    assertThat(read("control_name\nPw\n", ProductFileFormat.CSV).problems())
        .extracting(ImportProblem::message)
        .containsExactly("a product sheet needs its device's name (device_name)");
    assertThat(read("device_name\nPlug\n", ProductFileFormat.CSV).problems())
        .extracting(ImportProblem::message)
        .containsExactly(
            "the device needs its product category (device_category), e.g. CONSUMER_IOT");
  }

  @Test
  void aSheetNotInUtf8IsRefusedRatherThanMisread() {
    byte[] latin1 = "device_name\nCaf\u00e9 plug\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(
            () ->
                ProductFiles.read(
                    latin1, ProductFileFormat.CSV, "x.csv", ProductImportLimits.DEFAULTS))
        .isInstanceOf(ProductFileException.class)
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void aByteOrderMarkAsSpreadsheetsWriteItIsRead() {
    ProductEntries sheet =
        read("\uFEFFdevice_name,device_category\nPlug,CONSUMER_IOT\n", ProductFileFormat.CSV);
    assertThat(sheet.problems()).isEmpty();
    assertThat(sheet.devices())
        .singleElement()
        .satisfies(d -> assertThat(d.name()).isEqualTo("Plug"));
  }

  @Test
  void malformedCsvAndYamlAreUnreadable() {
    assertThatThrownBy(() -> read("device_name\n\"Plug\n", ProductFileFormat.CSV))
        .isInstanceOf(ProductFileException.class)
        .hasMessageContaining("malformed CSV");
    assertThatThrownBy(() -> read("device: [unclosed\n", ProductFileFormat.YAML))
        .isInstanceOf(ProductFileException.class)
        .hasMessageContaining("malformed YAML");
    assertThatThrownBy(() -> read("- a list\n", ProductFileFormat.YAML))
        .isInstanceOf(ProductFileException.class)
        .hasMessageContaining("a mapping");
  }

  @Test
  void tooManyControlsOrClaimsAreRefusedNamingTheLimit() {
    ProductImportLimits one = new ProductImportLimits(DataSize.ofMegabytes(5), 100, 1, 1);
    byte[] csv =
        (HEADER + "Plug,CONSUMER_IOT,,A,doc:x,,1,FULL\n,,,B,,,,\n")
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ProductFiles.read(csv, ProductFileFormat.CSV, "x.csv", one))
        .hasMessageContaining("The sheet's 2 controls exceeds the limit of 1")
        .hasMessageContaining("regintel.limits.product-import.max-controls");
    byte[] yaml =
        "controls: [{name: A, claims: [{ref: 1}, {ref: 2}]}]\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ProductFiles.read(yaml, ProductFileFormat.YAML, "x.yaml", one))
        .hasMessageContaining("The file's 2 claims exceeds the limit of 1")
        .hasMessageContaining("regintel.limits.product-import.max-claims");
  }
}
