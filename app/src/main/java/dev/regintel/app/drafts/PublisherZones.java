package dev.regintel.app.drafts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The time zone a publisher counts its days in, known from the jurisdiction it is based in ({@code
 * (:Publisher)-[:BASED_IN]->(:Jurisdiction)}): the zone of that jurisdiction's seat of government.
 * A comment period closing on the 7th is open until the end of the 7th there; so NIST (US) takes
 * comments until midnight in Washington, which is 05:00 UTC on the 8th (04:00 in summer). A
 * jurisdiction not in the table below, an international body (INT) or a publisher with no
 * jurisdiction counts in UTC; a subdivision not in the table counts in its country's zone.
 */
public final class PublisherZones {

  /** The zones of the seats of the jurisdictions the corpus's publishers are based in. */
  static final Map<String, ZoneId> ZONES =
      Map.of(
          "US", ZoneId.of("America/New_York"),
          "US-CA", ZoneId.of("America/Los_Angeles"),
          "GB", ZoneId.of("Europe/London"),
          "EU", ZoneId.of("Europe/Brussels"),
          "DE", ZoneId.of("Europe/Berlin"),
          "FR", ZoneId.of("Europe/Paris"),
          "JP", ZoneId.of("Asia/Tokyo"));

  private PublisherZones() {}

  /** The zone of a publisher based in {@code jurisdiction} (null: unknown). */
  public static ZoneId zone(String jurisdiction) {
    if (jurisdiction == null) {
      return ZoneOffset.UTC;
    }
    ZoneId zone = ZONES.get(jurisdiction);
    if (zone == null && jurisdiction.contains("-")) {
      zone = ZONES.get(jurisdiction.substring(0, jurisdiction.indexOf('-')));
    }
    return zone == null ? ZoneOffset.UTC : zone;
  }

  /** The day it is at {@code now} for a publisher based in {@code jurisdiction}. */
  static LocalDate today(Instant now, String jurisdiction) {
    return LocalDate.ofInstant(now, zone(jurisdiction));
  }
}
