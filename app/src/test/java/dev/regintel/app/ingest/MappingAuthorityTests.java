package dev.regintel.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every shipped mapping says who made it, so none of our own readings passes for an official link,
 * and every link its author gives a legal effect to says what that effect is.
 */
class MappingAuthorityTests {

  static final Path MAPPINGS = Path.of("../seed-data/mappings");

  static List<JsonNode> mappings() throws IOException {
    YAMLMapper yaml = new YAMLMapper();
    List<JsonNode> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(MAPPINGS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        yaml.readTree(file.toFile()).path("mappings").forEach(all::add);
      }
    }
    return all;
  }

  @Test
  void everyMappingNamesItsAuthor() throws IOException {
    assertThat(mappings())
        .hasSizeGreaterThan(300)
        .allSatisfy(m -> assertThat(m.path("madeBy").asString()).as(m.toString()).isNotEmpty());
  }

  @Test
  void everyRecognitionAndPublisherLinkStatesItsEffectInBothLanguages() throws IOException {
    assertThat(mappings())
        .filteredOn(m -> List.of("RECOGNITION", "PUBLISHER").contains(m.path("madeBy").asString()))
        .isNotEmpty()
        .allSatisfy(
            m -> {
              assertThat(m.path("effect").asString()).as(m.toString()).isNotBlank();
              assertThat(m.path("effectJa").asString()).as(m.toString()).isNotBlank();
            });
  }
}
