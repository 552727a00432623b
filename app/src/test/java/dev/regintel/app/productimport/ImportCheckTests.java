package dev.regintel.app.productimport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.productimport.GraphLookup.Coded;
import dev.regintel.app.productimport.GraphLookup.Found;
import dev.regintel.app.productimport.GraphLookup.Requirement;
import dev.regintel.app.productimport.GraphLookup.Stored;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A file's records against what the graph holds, as given here by hand: pure, no graph. */
class ImportCheckTests {

  static final Provenance SOURCE = new Provenance("sheet.csv", null, Method.IMPORT, null);
  static final String HEADER =
      "device_name,device_category,device_markets,control_id,control_name,requirement,document,version,ref,fulfilment\n";
  static final String CONTROL = "ctl:plug-password";

  static ProductEntries sheet(String rows) {
    return ProductFiles.read(
        (HEADER + rows).getBytes(StandardCharsets.UTF_8),
        ProductFileFormat.CSV,
        "sheet.csv",
        ProductImportLimits.DEFAULTS);
  }

  static Found found(
      Map<String, Boolean> requirements,
      Map<String, List<Coded>> coded,
      Map<String, Stored> controls) {
    return new Found(requirements, Set.of(), coded, controls, Map.of(), Map.of(), Set.of("GB"));
  }

  static List<String> problems(ProductEntries entries, Found found) {
    return ImportCheck.check(entries, found, SOURCE).problems().stream()
        .map(ImportProblem::toString)
        .toList();
  }

  @Test
  void theGraphIsAskedOnceForEverythingTheFileNames() {
    ProductEntries entries =
        sheet(
            "Plug,CONSUMER_IOT,GB;EU,ctl:plug-password,Password,req:x:1,,,,FULL\n"
                + ",,,ctl:plug-password,,,ETSI EN 303 645,V2.1.1,5.1-1,FULL\n"
                + ",,,ctl:tls-1-2-or-later,,,,,,\n");
    GraphLookup.Ask ask = ImportCheck.ask(entries);

    assertThat(ask.requirements()).containsExactly("req:x:1");
    assertThat(ask.codes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.get("code")).isEqualTo("etsien303645");
              assertThat(c.get("version")).isEqualTo("v211");
              assertThat(c.get("refKeys")).isEqualTo(List.of("5.1-1"));
            });
    assertThat(ask.controls()).containsExactly(CONTROL, "ctl:tls-1-2-or-later");
    assertThat(ask.devices()).containsExactly("dev:plug");
    assertThat(ask.markets()).containsExactly("GB", "EU");
  }

  @Test
  void everyProblemIsFoundAtOnceAndTheFileIsRefusedAsAWhole() {
    ProductEntries entries =
        sheet(
            "Plug,CONSUMER_IOT,GB;XX,ctl:plug-password,Password,req:x:1,,,,MOSTLY\n"
                + ",,,ctl:plug-password,,req:x:2,,,,FULL\n"
                + ",,,ctl:plug-password,,req:x:3,,,,FULL\n"
                + ",,,ctl:named-only,,,,,,\n");
    List<String> problems =
        problems(entries, found(Map.of("req:x:2", false, "req:x:3", true), Map.of(), Map.of()));

    assertThat(problems)
        .containsExactlyInAnyOrder(
            "row 2: fulfilment 'MOSTLY' is neither FULL nor PARTIAL (a claim of none is not made)",
            "row 2: cites req:x:1, but the graph holds no requirement req:x:1",
            "row 4: cites req:x:3, but req:x:3 is withdrawn",
            "row 5: the graph holds no control ctl:named-only (give a name to write a new one)",
            "row 2: market 'XX' is no jurisdiction code we hold");
  }

  @Test
  void anImportReplacesWhatAnImportWroteButNeverWhatSeedFilesWrote() {
    ProductEntries entries =
        sheet("Plug,CONSUMER_IOT,,ctl:plug-password,Password,req:x:1,,,,FULL\n");
    Map<String, Boolean> held = Map.of("req:x:1", false);

    assertThat(
            problems(
                entries,
                found(held, Map.of(), Map.of(CONTROL, new Stored("IMPORT", "old.csv", List.of())))))
        .isEmpty();
    assertThat(
            problems(
                entries,
                found(
                    held,
                    Map.of(),
                    Map.of(CONTROL, new Stored("SEED", "https://a.example", List.of())))))
        .containsExactly(
            "row 2: ctl:plug-password is already in the graph, written by SEED from https://a.example;"
                + " an import replaces only what imports wrote, so give it an id of its own");
  }

  @Test
  void aCodeNamesTheOneDocumentThatHasItOrIsAProblemNamingThemAll() {
    ProductEntries entries = sheet("Plug,CONSUMER_IOT,,,Password,,ETSI EN 303 645,,5.1-1,FULL\n");
    String key = "etsien303645\u0000";
    Coded v211 =
        new Coded(
            "doc:etsi-en-303-645:v2.1.1",
            "ETSI EN 303 645 V2.1.1",
            Map.of("5.1-1", new Requirement("req:etsi-en-303-645:v2.1.1:5.1-1", false)));
    Coded v313 = new Coded("doc:etsi-en-303-645:v3.1.3", "ETSI EN 303 645 V3.1.3", Map.of());

    assertThat(problems(entries, found(Map.of(), Map.of(key, List.of(v211)), Map.of()))).isEmpty();
    assertThat(problems(entries, found(Map.of(), Map.of(key, List.of(v313)), Map.of())))
        .containsExactly(
            "row 2: cites ETSI EN 303 645 5.1-1, but ETSI EN 303 645 V3.1.3 has no requirement with"
                + " the ref '5.1-1'");
    assertThat(problems(entries, found(Map.of(), Map.of(key, List.of(v313, v211)), Map.of())))
        .containsExactly(
            "row 2: cites ETSI EN 303 645 5.1-1, but 2 documents have the code 'ETSI EN 303 645'"
                + " (ETSI EN 303 645 V2.1.1, ETSI EN 303 645 V3.1.3): give the version, or the"
                + " document's id");
    assertThat(problems(entries, found(Map.of(), Map.of(), Map.of())))
        .containsExactly(
            "row 2: cites ETSI EN 303 645 5.1-1, but the graph holds no document 'ETSI EN 303 645'");
  }

  @Test
  void claimsTheFileNoLongerMakesAreWithdrawnAndSaidSo() {
    ProductEntries entries =
        sheet("Plug,CONSUMER_IOT,,ctl:plug-password,Password,req:x:1,,,,FULL\n");
    ImportCheck.Checked checked =
        ImportCheck.check(
            entries,
            found(
                Map.of("req:x:1", false),
                Map.of(),
                Map.of(CONTROL, new Stored("IMPORT", "sheet.csv", List.of("req:x:1", "req:x:9")))),
            SOURCE);

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.notices())
        .containsExactly(
            "ctl:plug-password withdraws the claims this file no longer makes: req:x:9");
  }
}
