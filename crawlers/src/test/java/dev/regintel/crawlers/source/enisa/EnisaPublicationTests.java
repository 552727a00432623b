package dev.regintel.crawlers.source.enisa;

import static dev.regintel.crawlers.source.Fixtures.seedField;
import static dev.regintel.crawlers.source.Fixtures.seedFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnisaPublicationTests {

  static final Path SEED = Path.of("../seed-data/documents/enisa");

  @Test
  void everySeedPublicationPageGivesTheSeedsIdFamilyAndKind() throws IOException {
    int publications = 0;
    for (String yaml : seedFiles(SEED)) {
      var publication = EnisaPublication.fromUrl(URI.create(seedField(yaml, "url")));
      if (publication.isEmpty()) {
        continue;
      }
      publications++;
      // a month other than the seed's must not matter: the seed's id is kept
      assertThat(publication.get().documentId(YearMonth.of(2000, 1)))
          .isEqualTo(seedField(yaml, "id"));
      assertThat(publication.get().family()).isEqualTo(seedField(yaml, "family"));
      assertThat(publication.get().seededKind()).contains(seedField(yaml, "kind"));
    }
    assertThat(publications).isEqualTo(7);
  }

  @ParameterizedTest
  @CsvSource({
    "https://www.enisa.europa.eu/publications/smart-cars, smart-cars",
    "https://enisa.europa.eu/publications/smart-cars/, smart-cars",
    "http://www.enisa.europa.eu/publications/smart-cars?utm_source=rss#top, smart-cars",
    "https://www.enisa.europa.eu/publications/Algorithms-Key-Size_2014, Algorithms-Key-Size_2014",
  })
  void publicationAddressesAreRecognisedWhateverTheirDecoration(String url, String slug) {
    assertThat(EnisaPublication.fromUrl(URI.create(url))).contains(new EnisaPublication(slug));
  }

  @ParameterizedTest
  @CsvSource({
    "https://www.enisa.europa.eu/publications",
    "https://www.enisa.europa.eu/publications/smart-cars/@@download/fullReport",
    "https://www.enisa.europa.eu/news/enisa-news/some-item",
    "https://certification.enisa.europa.eu/publications/smart-cars",
  })
  void otherAddressesAreNotPublications(String url) {
    assertThat(EnisaPublication.fromUrl(URI.create(url))).isEmpty();
  }

  @Test
  void slugsBecomeIdSegmentsInLowerCase() {
    var publication = new EnisaPublication("Algorithms-Key-Size_2014");

    assertThat(publication.documentId(YearMonth.of(2014, 11)))
        .isEqualTo("doc:enisa-algorithms-key-size2014:2014-11");
    assertThat(publication.url())
        .isEqualTo(URI.create("https://www.enisa.europa.eu/publications/Algorithms-Key-Size_2014"));
  }
}
