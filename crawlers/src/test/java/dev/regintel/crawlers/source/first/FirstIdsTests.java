package dev.regintel.crawlers.source.first;

import static dev.regintel.crawlers.source.Fixtures.seedField;
import static dev.regintel.crawlers.source.Fixtures.seedFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The id rules of {@link FirstStandard} and {@link PressRelease}, against the FIRST seed. */
class FirstIdsTests {

  static final Path SEED = Path.of("../seed-data/documents/first");

  @Test
  void everySeedStandardsPageGivesTheSeedsIdFamilyAndKind() throws IOException {
    int pages = 0;
    for (String yaml : seedFiles(SEED)) {
      var standard = FirstStandard.fromUrl(URI.create(seedField(yaml, "url")));
      if (standard.isEmpty()) {
        continue;
      }
      pages++;
      assertThat(standard.get().documentId()).isEqualTo(seedField(yaml, "id"));
      assertThat(standard.get().family()).isEqualTo(seedField(yaml, "family"));
      assertThat(standard.get().kind()).isEqualTo(seedField(yaml, "kind"));
      assertThat(standard.get().code()).isEqualTo(seedField(yaml, "code"));
    }
    // CVSS 3.0, 3.1, 4.0, CSIRT SF 2.1, PSIRT SF 1.0 and 1.1
    assertThat(pages).isEqualTo(6);
  }

  @Test
  void everySeedPressReleaseGivesTheSeedsIdAndFamily() throws IOException {
    int releases = 0;
    for (String yaml : seedFiles(SEED)) {
      String inAddress = PressRelease.dateInAddress(seedField(yaml, "url"));
      if (!"PRESS_RELEASE".equals(seedField(yaml, "kind")) || inAddress == null) {
        continue;
      }
      releases++;
      PressRelease release =
          new PressRelease(
              PressRelease.parseAddressDate(inAddress),
              inAddress,
              seedField(yaml, "title"),
              seedField(yaml, "url"),
              LocalDate.parse(seedField(yaml, "published")),
              null);
      assertThat(release.documentId()).isEqualTo(seedField(yaml, "id"));
      assertThat(release.family()).isEqualTo(seedField(yaml, "family"));
    }
    assertThat(releases).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource({
    "https://www.first.org/cvss/v4.0/specification-document, doc:first-cvss:v4.0",
    "https://first.org/cvss/v3.1/specification-document/, doc:first-cvss:v3.1",
    "https://www.first.org/standards/frameworks/psirts/psirt_services_framework_v1-1,"
        + " doc:first-psirt-services-framework:v1.1",
    "https://www.first.org/standards/frameworks/psirts/psirt_services_framework_v1.0,"
        + " doc:first-psirt-services-framework:v1.0",
    "https://www.first.org/standards/frameworks/csirts/csirt_services_framework_v2.1,"
        + " doc:first-csirt-services-framework:v2.1",
  })
  void standardsAddressesGiveVersionedIds(String url, String id) {
    assertThat(FirstStandard.fromUrl(URI.create(url)).orElseThrow().documentId()).isEqualTo(id);
  }

  @ParameterizedTest
  @CsvSource({
    "https://www.first.org/cvss/v4.0/user-guide",
    "https://www.first.org/cvss/specification-document",
    "https://www.first.org/standards/frameworks/",
    "https://api.first.org/cvss/v4.0/specification-document",
  })
  void otherAddressesAreNotStandardsPages(String url) {
    assertThat(FirstStandard.fromUrl(URI.create(url))).isEmpty();
  }

  @Test
  void releaseDatesAreReadFromTheAddressWhateverFollowsThem() {
    assertThat(PressRelease.dateInAddress("https://www.first.org/newsroom/releases/20190712"))
        .isEqualTo("20190712");
    assertThat(PressRelease.dateInAddress("https://www.first.org/newsroom/releases/20190712-2"))
        .isEqualTo("20190712");
    assertThat(PressRelease.dateInAddress("https://www.first.org/newsroom/releases/2019071"))
        .isNull();
    assertThat(PressRelease.dateInAddress("https://www.first.org/blog/20190712")).isNull();
  }

  @Test
  void titleSlugsDropAccentsAndStopAtAWholeWord() {
    assertThat(PressRelease.slug("FIRST Conférence 2026: registration opens"))
        .isEqualTo("first-conference-2026-registration-opens");
    assertThat(
            PressRelease.slug(
                "FIRST publishes updated Common Vulnerability Scoring System for worldwide"
                    + " security teams"))
        .isEqualTo("first-publishes-updated-common-vulnerability-scoring-system")
        .hasSizeLessThanOrEqualTo(PressRelease.SLUG_LIMIT);
    assertThatThrownBy(() -> PressRelease.slug("\u2014 \u2014"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rfc822DatesAreReadInTheirOwnZone() {
    assertThat(NewsFeed.rfc822Date("Fri, 12 Jul 2019 23:30:00 -0400"))
        .isEqualTo(LocalDate.of(2019, 7, 12));
    assertThat(NewsFeed.rfc822Date("12 Jul 2019 10:00:00 GMT"))
        .isEqualTo(LocalDate.of(2019, 7, 12));
    assertThat(NewsFeed.rfc822Date("Wed, 24 May 2017 10:00:00 EDT"))
        .isEqualTo(LocalDate.of(2017, 5, 24));
    assertThat(NewsFeed.rfc822Date("yesterday")).isNull();
  }
}
