package dev.regintel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.productimport.ProductFileFormat;
import dev.regintel.app.productimport.ProductImportIT;
import dev.regintel.app.productimport.ProductImports;
import dev.regintel.app.support.AbstractAppIT;
import dev.regintel.app.support.TestNeo4j;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code import product} on the seeded graph: what it prints, and its exit status. */
class ImportProductCommandIT extends AbstractAppIT {

  static final Path FILES = Path.of("src/test/resources/productimport");

  @Autowired ProductImports imports;
  final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @AfterEach
  void removeImported() {
    ProductImportIT.removeImported();
  }

  String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void anAcceptedFileIsSummarisedWithExitStatus0() {
    int status =
        ImportProductCommand.run(
            imports,
            FILES.resolve("camera-component-definition.json"),
            ProductFileFormat.OSCAL_JSON,
            false,
            out);

    assertThat(status).as(printed()).isZero();
    assertThat(printed())
        .startsWith(
            "Imported camera-component-definition.json (oscal-json, 'Example Cam X1 component"
                + " definition (fictional)', SHA-256 ")
        .contains(
            "...): 1 supplier, 1 device, 2 controls, 6 claims.",
            "  device dev:oscal-6f1e6d0a-1c2b-4e55-9a71-3d5b2f0c8e11",
            "Created 4 nodes and 11 relationships",
            "Notices:",
            "si-2: planned, so no claim is made");
  }

  @Test
  void aRefusedFileListsEveryProblemWithExitStatus1() {
    long[] before = TestNeo4j.counts();
    int status =
        ImportProductCommand.run(
            imports,
            FILES.resolve("refused-component-definition.json"),
            ProductFileFormat.OSCAL_JSON,
            false,
            out);

    assertThat(status).isEqualTo(1);
    assertThat(printed())
        .startsWith("Refused refused-component-definition.json (oscal-json,")
        .contains(": nothing was written. 4 problems:\n  component 'Example gateway firmware");
    assertThat(TestNeo4j.counts()).isEqualTo(before);
  }

  @Test
  void aDryRunSaysWhatWouldBeWrittenAndWritesNothing() {
    long[] before = TestNeo4j.counts();
    int status =
        ImportProductCommand.run(
            imports, FILES.resolve("smartplug-sheet.yaml"), ProductFileFormat.YAML, true, out);

    assertThat(status).isZero();
    assertThat(printed())
        .contains(
            "Would import smartplug-sheet.yaml (yaml,",
            "1 supplier, 1 device, 2 controls, 3 claims.")
        .doesNotContain("Created");
    assertThat(TestNeo4j.counts()).isEqualTo(before);
  }
}
