package dev.regintel.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * docs/sources.md stays true: every document of the corpus is listed with its source and licence.
 */
class SourcesDocTests {

  @Test
  void everySeedDocumentIsListedInTheSourcesPage() throws IOException {
    String page = Files.readString(Path.of("../docs/sources.md"));
    YAMLMapper yaml = YAMLMapper.builder().build();
    List<String> ids;
    try (Stream<Path> files = Files.walk(Path.of("../seed-data/documents"))) {
      ids =
          files
              .filter(p -> p.toString().endsWith(".yaml"))
              .map(
                  p -> {
                    try {
                      JsonNode root = yaml.readTree(Files.readString(p));
                      // oscal-catalog files beside them fill documents these files define
                      return "document".equals(root.path("kind").asString())
                          ? root.at("/document/id").asString()
                          : null;
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .filter(java.util.Objects::nonNull)
              .toList();
    }
    assertThat(ids).hasSizeGreaterThan(100);
    assertThat(ids).allSatisfy(id -> assertThat(page).as(id).contains("`" + id + "`"));
  }

  @Test
  void everyRegisteredCrawlerIsListedWithItsHostsAndEntryPoints() throws IOException {
    String page = Files.readString(Path.of("../docs/sources.md"));
    String section = page.substring(page.indexOf("## Crawlers"), page.indexOf("## Documents by"));
    for (dev.regintel.crawlers.Source source : dev.regintel.crawlers.source.Sources.all()) {
      String row =
          section
              .lines()
              .filter(line -> line.startsWith("| `" + source.name() + "` |"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no row for the crawler " + source.name()));
      assertThat(source.hosts())
          .allSatisfy(host -> assertThat(row).as(source.name()).contains("`" + host + "`"));
      assertThat(source.entryPoints())
          .as("%s: some entry point named in full", source.name())
          .anySatisfy(
              url ->
                  assertThat(row)
                      .contains(url.getScheme() + "://" + url.getHost() + url.getPath()));
    }
  }
}
