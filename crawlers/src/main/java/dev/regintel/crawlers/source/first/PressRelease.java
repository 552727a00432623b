package dev.regintel.crawlers.source.first;

import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.ontology.Ids;
import dev.regintel.ontology.Provenance;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A FIRST press release as the news API lists it, and the rule that turns it into our ids.
 *
 * <p>Ids: releases the seed already holds keep the seed's id and family (the seed names them by
 * date and topic, {@code doc:first-press-release:2019-07-12-cvss-v3.1}, and no rule over the title
 * gives the topic); any other is {@code doc:first-press-release:<yyyy-mm-dd>-<slug of the title>},
 * the date being the one in the release's address ({@code /newsroom/releases/YYYYMMDD}), else its
 * publication date, and the slug cut at a word boundary to at most {@value #SLUG_LIMIT} characters.
 * Such releases belong to no family: a press release has no versions.
 *
 * @param date the date the id carries
 * @param dateInAddress the date as the address writes it ({@code 20190712}), or null
 * @param title the title
 * @param link the release's page, or null
 * @param published the publication date the API gives, or null
 * @param summary the API's summary as text, or null
 */
record PressRelease(
    LocalDate date,
    String dateInAddress,
    String title,
    String link,
    LocalDate published,
    String summary) {

  static final int SLUG_LIMIT = 60;

  private static final Pattern RELEASE_ADDRESS =
      Pattern.compile("/newsroom/releases/(\\d{8})(?:[/?#.-]|$)");

  /** Seed documents that are FIRST press releases: the date in their address to id and family. */
  private static final Map<String, Seeded> SEEDED =
      Map.of("20190712", new Seeded("doc:first-press-release:2019-07-12-cvss-v3.1", "first-cvss"));

  private record Seeded(String id, String family) {}

  /** The {@code YYYYMMDD} of a release address, or null. */
  static String dateInAddress(String link) {
    if (link == null) {
      return null;
    }
    Matcher m = RELEASE_ADDRESS.matcher(link);
    return m.find() ? m.group(1) : null;
  }

  static LocalDate parseAddressDate(String yyyymmdd) {
    return LocalDate.parse(yyyymmdd, DateTimeFormatter.BASIC_ISO_DATE);
  }

  String documentId() {
    Seeded seeded = dateInAddress == null ? null : SEEDED.get(dateInAddress);
    return seeded != null ? seeded.id() : "doc:first-press-release:" + date + "-" + slug(title);
  }

  String family() {
    Seeded seeded = dateInAddress == null ? null : SEEDED.get(dateInAddress);
    return seeded == null ? null : seeded.family();
  }

  DocumentRecord toRecord(Provenance provenance) {
    return new DocumentRecord(
        documentId(),
        "FIRST press release " + date,
        null,
        title,
        "PRESS_RELEASE",
        "FINAL",
        null,
        published != null ? published : date,
        null,
        null,
        "pub:first",
        List.of("INT"),
        link,
        family(),
        List.of(),
        summary,
        // Without a date of its own, the release is dated by its address.
        published == null ? List.of("published") : List.of(),
        provenance);
  }

  /**
   * The title as an id segment: accents dropped, then {@link Ids#slug}, then cut after the last
   * whole word within {@value #SLUG_LIMIT} characters.
   *
   * @throws IllegalArgumentException when the title has nothing usable
   */
  static String slug(String title) {
    String plain =
        Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").strip();
    String slug = Ids.slug(plain);
    if (slug.length() <= SLUG_LIMIT) {
      return slug;
    }
    int cut = slug.lastIndexOf('-', SLUG_LIMIT);
    String shortened = slug.substring(0, cut > 0 ? cut : SLUG_LIMIT);
    return shortened.replaceAll("[-.]+$", "");
  }
}
