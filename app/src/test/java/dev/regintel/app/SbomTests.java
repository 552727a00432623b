package dev.regintel.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The build writes the service's software bill of materials (CycloneDX) into the jar. */
class SbomTests {

  @Test
  void theServiceCarriesACycloneDxSbomListingItsLibraries() throws IOException {
    JsonNode bom;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/sbom/application.cdx.json")) {
      assertThat(in).as("META-INF/sbom/application.cdx.json on the class path").isNotNull();
      bom = JsonMapper.builder().build().readTree(in);
    }
    assertThat(bom.path("bomFormat").asString()).isEqualTo("CycloneDX");
    List<String> components = new ArrayList<>();
    bom.path("components")
        .forEach(c -> components.add(c.path("group").asString() + ":" + c.path("name").asString()));
    assertThat(components)
        .contains(
            "org.neo4j:neo4j",
            "org.apache.lucene:lucene-core",
            "org.jsoup:jsoup",
            "info.picocli:picocli",
            "dev.regintel:crawlers");
  }
}
