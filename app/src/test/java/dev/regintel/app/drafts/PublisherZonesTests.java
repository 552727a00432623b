package dev.regintel.app.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.document.CommentPeriodView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PublisherZonesTests {

  static final CommentPeriodView CLOSES_ON_THE_7TH =
      new CommentPeriodView(LocalDate.parse("2020-01-07"), LocalDate.parse("2020-02-07"), null);

  static boolean openAt(String instant, String jurisdiction) {
    return CLOSES_ON_THE_7TH.openOn(PublisherZones.today(Instant.parse(instant), jurisdiction));
  }

  @Test
  void aPeriodClosingOnThe7thIsOpenAllThatDayInWashington() {
    // 23:59 on 7 February in Washington (EST, UTC-5) is already the 8th in UTC.
    assertThat(openAt("2020-02-08T04:59:00Z", "US")).isTrue();
    assertThat(openAt("2020-02-08T05:00:00Z", "US")).isFalse();
  }

  @Test
  void theDayAfterClosingIsClosedEverywhere() {
    assertThat(openAt("2020-02-08T12:00:00Z", "US")).isFalse();
    assertThat(openAt("2020-02-08T12:00:00Z", "JP")).isFalse();
  }

  @Test
  void tokyoClosesBeforeUtcDoes() {
    // 2020-02-07T15:00Z is already 8 February 00:00 in Tokyo (JST, UTC+9).
    assertThat(openAt("2020-02-07T14:59:00Z", "JP")).isTrue();
    assertThat(openAt("2020-02-07T15:00:00Z", "JP")).isFalse();
  }

  @Test
  void aSubdivisionWithoutAZoneOfItsOwnTakesItsCountrys() {
    assertThat(PublisherZones.zone("US-CA")).isEqualTo(ZoneId.of("America/Los_Angeles"));
    assertThat(PublisherZones.zone("US-NY")).isEqualTo(ZoneId.of("America/New_York"));
  }

  @Test
  void internationalBodiesAndUnknownJurisdictionsCountInUtc() {
    assertThat(PublisherZones.zone("INT")).isEqualTo(ZoneOffset.UTC);
    assertThat(PublisherZones.zone(null)).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void anUnknownOpeningDayIsTheDraftsPublication() {
    CommentPeriodView period =
        new CommentPeriodView(null, LocalDate.parse("2021-02-26"), LocalDate.parse("2020-12-01"));
    assertThat(period.openOn(LocalDate.parse("2020-02-01"))).isFalse();
    assertThat(period.openOn(LocalDate.parse("2020-12-01"))).isTrue();
  }
}
