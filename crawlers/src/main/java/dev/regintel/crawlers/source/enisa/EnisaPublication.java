package dev.regintel.crawlers.source.enisa;

import dev.regintel.ontology.Ids;
import java.net.URI;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One ENISA publication as the site addresses it, {@code
 * https://www.enisa.europa.eu/publications/<slug>}, and the rule that turns that address into our
 * ids.
 *
 * <p>The rule:
 *
 * <ul>
 *   <li>publications the seed already holds keep the seed's id, family and kind: the seed names its
 *       ENISA works by topic ({@code doc:enisa-smart-cars-good-practices:2019-11} lives at {@code
 *       /publications/smart-cars}), so no rule over the address could meet them;
 *   <li>any other is {@code doc:enisa-<slug>:<yyyy-mm>}, the month being the publication month the
 *       page states, as the seed's ENISA ids end in theirs; a leading {@code enisa-} of the slug is
 *       not repeated ({@code /publications/enisa-threat-landscape-2025} is {@code
 *       doc:enisa-threat-landscape-2025:<yyyy-mm>}); without a month the id is {@code
 *       doc:enisa-<slug>}; its family is its work key.
 * </ul>
 *
 * @param slug the last segment of the address, as the site writes it
 */
record EnisaPublication(String slug) {

  static final String HOST = "www.enisa.europa.eu";

  private static final Pattern PATH =
      Pattern.compile("/publications/([A-Za-z0-9][A-Za-z0-9._-]*)/?");

  /** Seed documents at a {@code /publications/} address: slug to id, family and kind. */
  private static final Map<String, Seeded> SEEDED =
      Map.of(
          "baseline-security-recommendations-for-iot",
          new Seeded("doc:enisa-baseline-security-iot:2017-11", "enisa-iot-security", "GUIDANCE"),
          "bolstering-enisa-in-the-eu-cybersecurity-certification-framework",
          new Seeded("doc:enisa-bolstering-certification:2019-07", "enisa-certification", "REPORT"),
          "good-practices-for-security-of-iot",
          new Seeded(
              "doc:enisa-good-practices-iot-smart-manufacturing:2018-11",
              "enisa-iot-security",
              "GUIDANCE"),
          "good-practices-for-security-of-iot-1",
          new Seeded(
              "doc:enisa-good-practices-iot-ssdlc:2019-11", "enisa-iot-security", "GUIDANCE"),
          "port-cybersecurity-good-practices-for-cybersecurity-in-the-maritime-sector",
          new Seeded("doc:enisa-port-cybersecurity:2019-11", "enisa-maritime", "GUIDANCE"),
          "smart-cars",
          new Seeded("doc:enisa-smart-cars-good-practices:2019-11", "enisa-smart-cars", "GUIDANCE"),
          "recommendations-for-european-standardisation-in-relation-to-csa-i",
          new Seeded(
              "doc:enisa-standardisation-certification:2020-02", "enisa-certification", "REPORT"));

  private record Seeded(String id, String family, String kind) {}

  /**
   * The publication an address names, if it is a publication page on ENISA's site (with or without
   * {@code www.}, query and fragment ignored).
   */
  static Optional<EnisaPublication> fromUrl(URI url) {
    if (url == null || url.getHost() == null || url.getPath() == null) {
      return Optional.empty();
    }
    String host = url.getHost().toLowerCase(Locale.ROOT);
    if (!host.equals(HOST) && !host.equals("enisa.europa.eu")) {
      return Optional.empty();
    }
    Matcher m = PATH.matcher(url.getPath());
    return m.matches() ? Optional.of(new EnisaPublication(m.group(1))) : Optional.empty();
  }

  /** The page's canonical address. */
  URI url() {
    return URI.create("https://" + HOST + "/publications/" + slug);
  }

  boolean isSeeded() {
    return SEEDED.containsKey(slug);
  }

  /**
   * The document id.
   *
   * @param published the publication month the page states; may be null
   */
  String documentId(YearMonth published) {
    Seeded seeded = SEEDED.get(slug);
    if (seeded != null) {
      return seeded.id();
    }
    return "doc:" + work() + (published == null ? "" : ":" + published);
  }

  String family() {
    Seeded seeded = SEEDED.get(slug);
    return seeded != null ? seeded.family() : work();
  }

  /** The kind the seed gives this publication, if the seed holds it. */
  Optional<String> seededKind() {
    return Optional.ofNullable(SEEDED.get(slug)).map(Seeded::kind);
  }

  private String work() {
    String key = Ids.slug(slug);
    return key.startsWith("enisa-") ? key : "enisa-" + key;
  }
}
