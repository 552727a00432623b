package dev.regintel.crawlers.source.nist;

import dev.regintel.ontology.DocumentStatus;
import java.net.URI;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One publication version as CSRC addresses it, {@code
 * /pubs/<series>/<number...>[/<part>][/v<volume>][/r<revision>][/upd<n>]/<stage>}, and the rule
 * that turns that address into our ids, so that a crawled draft meets the curated seed record of
 * the same draft.
 *
 * <p>The rule, checked against the NIST seed documents that have a {@code /pubs/} address:
 *
 * <ul>
 *   <li>work: {@code nist-<series>-<number>[<part>][v<volume>]}: {@code /pubs/ir/8259/a/final} is
 *       {@code nist-ir-8259a}, {@code /pubs/sp/800/171/r3/ipd} is {@code nist-sp-800-171}, {@code
 *       /pubs/sp/800/160/v2/r1/final} is {@code nist-sp-800-160v2};
 *   <li>version, when the address has a revision {@code rN}: {@code rN} for the final, {@code
 *       rN-<stage>} for a draft ({@code doc:nist-sp-800-171:r3-ipd});
 *   <li>version, without a revision: {@code final}, or {@code <stage>-<yyyy-mm>} for a draft, the
 *       month being the draft's publication month ({@code doc:nist-ir-8425:ipd-2022-06}), because
 *       such works were drafted again for later editions under the same stage codes; when the month
 *       is unknown the version is the stage code alone;
 *   <li>{@code upd<n>} (errata updates of one version) and title words in the address are ignored,
 *       so {@code /pubs/sp/800/53/r5/upd1/final} is {@code doc:nist-sp-800-53:r5};
 *   <li>family: {@code nist-<series>-<number>}, shared by parts and volumes ({@code 8259A} belongs
 *       to {@code nist-ir-8259}).
 * </ul>
 *
 * <p>Pages without a series number, such as {@code /pubs/other/2018/01/05/<title words>/ipd}, get
 * the date as their number ({@code doc:nist-other-2018-01-05:ipd-2018-01}); such ids do not meet
 * curated ids chosen by name (the seed calls that report {@code doc:us-botnet-report:ipd-2018-01}).
 *
 * @param series the series code as CSRC writes it, e.g. {@code sp}, {@code ir}, {@code cswp}
 * @param number the number, its segments joined by {@code -}, e.g. {@code 800-171}
 * @param part a part letter ({@code a} in 8259A), or null
 * @param volume a volume number, or null
 * @param revision a revision number, or null
 * @param stage the stage code, e.g. {@code ipd}, {@code 2pd}, {@code fpd}, {@code final}
 */
record CsrcPublication(
    String series, String number, String part, String volume, String revision, String stage) {

  private static final Pattern STAGE =
      Pattern.compile("final|ipd|fpd|iwd|iprd|prd|(\\d+)(pd|prd|wd)");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern PART = Pattern.compile("[a-z]");
  private static final Pattern VOLUME = Pattern.compile("v(\\d+)");
  private static final Pattern REVISION = Pattern.compile("r(\\d+)");

  /** The publication a CSRC page address names, if it is a {@code /pubs/} page address. */
  static Optional<CsrcPublication> fromUrl(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String path;
    try {
      path = URI.create(url.strip()).getPath();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (path == null || !path.startsWith("/pubs/")) {
      return Optional.empty();
    }
    List<String> segments = new ArrayList<>();
    for (String segment : path.substring("/pubs/".length()).split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment.toLowerCase(Locale.ROOT));
      }
    }
    if (segments.size() < 3 || !STAGE.matcher(segments.getLast()).matches()) {
      return Optional.empty();
    }
    String series = segments.getFirst();
    List<String> numbers = new ArrayList<>();
    String part = null;
    String volume = null;
    String revision = null;
    // Anything else (upd<n>, or title words as in /pubs/cswp/29/<title words>/final) is skipped.
    for (String segment : segments.subList(1, segments.size() - 1)) {
      Matcher volumeMatch = VOLUME.matcher(segment);
      Matcher revisionMatch = REVISION.matcher(segment);
      if (DIGITS.matcher(segment).matches() && part == null && volume == null && revision == null) {
        numbers.add(segment);
      } else if (PART.matcher(segment).matches() && part == null && !numbers.isEmpty()) {
        part = segment;
      } else if (volumeMatch.matches()) {
        volume = volumeMatch.group(1);
      } else if (revisionMatch.matches()) {
        revision = revisionMatch.group(1);
      }
    }
    if (numbers.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new CsrcPublication(
            series, String.join("-", numbers), part, volume, revision, segments.getLast()));
  }

  boolean isFinal() {
    return "final".equals(stage);
  }

  /** The work key: {@code nist-ir-8259a}, {@code nist-sp-800-160v2}. */
  String work() {
    return "nist-"
        + series
        + "-"
        + number
        + (part == null ? "" : part)
        + (volume == null ? "" : "v" + volume);
  }

  /** The key every part, volume, revision and draft of the publication shares. */
  String family() {
    return "nist-" + series + "-" + number;
  }

  /**
   * The document id.
   *
   * @param published the publication month, needed for drafts without a revision (see the class
   *     comment); may be null
   */
  String documentId(YearMonth published) {
    String version;
    if (revision != null) {
      version = isFinal() ? "r" + revision : "r" + revision + "-" + stage;
    } else if (isFinal()) {
      version = "final";
    } else {
      version = published == null ? stage : stage + "-" + published;
    }
    return "doc:" + work() + ":" + version;
  }

  /** The designation, as NIST writes it today: {@code NIST IR 8259A}, {@code NIST SP 800-171}. */
  String code() {
    return "NIST "
        + series.toUpperCase(Locale.ROOT)
        + " "
        + number
        + (part == null ? "" : part.toUpperCase(Locale.ROOT))
        + (volume == null ? "" : " Vol. " + volume);
  }

  /** The version label: {@code Initial Public Draft}, {@code Revision 3 (Final Public Draft)}. */
  String version() {
    if (revision == null) {
      return stageName();
    }
    return isFinal() ? "Revision " + revision : "Revision " + revision + " (" + stageName() + ")";
  }

  /** CSRC's name for the stage: {@code Initial Public Draft}, {@code 2nd Public Draft}. */
  String stageName() {
    Matcher m = STAGE.matcher(stage);
    if (!m.matches()) {
      throw new IllegalStateException("not a stage code: " + stage);
    }
    if (m.group(1) != null) {
      String kind =
          switch (m.group(2)) {
            case "pd" -> "Public Draft";
            case "prd" -> "Pre-Draft Call for Comments";
            default -> "Working Draft";
          };
      return ordinal(Integer.parseInt(m.group(1))) + " " + kind;
    }
    return switch (stage) {
      case "final" -> "Final";
      case "ipd" -> "Initial Public Draft";
      case "fpd" -> "Final Public Draft";
      case "iwd" -> "Initial Working Draft";
      case "iprd" -> "Initial Pre-Draft Call for Comments";
      default -> "Pre-Draft Call for Comments";
    };
  }

  /** FIPS are standards, CSWPs white papers; SPs, IRs and the rest guidance. */
  String kind() {
    return switch (series) {
      case "fips" -> "STANDARD";
      case "cswp" -> "WHITE_PAPER";
      default -> "GUIDANCE";
    };
  }

  DocumentStatus status() {
    return isFinal() ? DocumentStatus.FINAL : DocumentStatus.DRAFT;
  }

  private static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix =
        lastTwo >= 11 && lastTwo <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }
}
