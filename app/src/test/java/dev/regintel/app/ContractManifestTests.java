package dev.regintel.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.regintel.app.support.SchemaNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract manifest ({@code contract/core.contract.txt}, the names of the public contract
 * core.graphqls, one per line) must say exactly what the shared contract says. Runs where the
 * shared folder sits beside the project (CI, developers); a user's clone has only the manifest.
 */
class ContractManifestTests {

  static final Path SHARED_CONTRACT = Path.of("../../shared/contract/core.graphqls");
  static final Path MANIFEST = Path.of("src/test/resources/contract/core.contract.txt");

  @Test
  void manifestListsEveryNameOfTheSharedContract() throws IOException {
    assumeTrue(Files.exists(SHARED_CONTRACT), "the shared contract is not beside this clone");
    List<String> expected = List.copyOf(SchemaNames.of(Files.readString(SHARED_CONTRACT)));
    if (Boolean.getBoolean("regintel.contract.update")) {
      Files.write(MANIFEST, expected);
    }
    assertThat(Files.readAllLines(MANIFEST))
        .as("contract manifest is out of date; run with -Dregintel.contract.update=true")
        .isEqualTo(expected);
  }
}
