package dev.regintel.crawlers.source.uk;

import dev.regintel.ontology.DocumentStatus;
import dev.regintel.ontology.Ids;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One item of legislation, {@code <type>/<year>/<number>}, and our ids for it: {@code
 * doc:uk-si-<year>-<number>} for UK statutory instruments (as the seed has {@code
 * doc:uk-si-2023-1007}) and {@code doc:uk-<type>-<year>-<number>} for every other type ({@code
 * doc:uk-ukpga-2022-46}). The id names the enacted or made text; later revisions of it are not
 * separate documents here.
 *
 * @param type the document type
 * @param year the calendar year, or a regnal year such as {@code Eliz2/3-4}
 * @param number the number in the type's series (an ISBN for draft instruments)
 */
record LegislationItem(LegislationType type, String year, String number) {

  private static final String SITE = "https://www.legislation.gov.uk/";

  /**
   * The item an identifier URI names, e.g. {@code http://www.legislation.gov.uk/id/uksi/2023/1007}.
   */
  static Optional<LegislationItem> fromIdUri(String idUri) {
    if (idUri == null) {
      return Optional.empty();
    }
    String path;
    try {
      path = URI.create(idUri.strip()).getPath();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (path == null || !path.startsWith("/id/")) {
      return Optional.empty();
    }
    List<String> segments =
        Arrays.stream(path.substring("/id/".length()).split("/"))
            .filter(s -> !s.isEmpty())
            .toList();
    if (segments.size() < 3) {
      return Optional.empty();
    }
    return LegislationType.fromAbbreviation(segments.getFirst())
        .map(
            type ->
                new LegislationItem(
                    type,
                    String.join("/", segments.subList(1, segments.size() - 1)),
                    segments.getLast()));
  }

  String documentId() {
    String work = type == LegislationType.UKSI ? "si" : type.abbreviation();
    return "doc:uk-" + work + "-" + Ids.slug(year.replace('/', '-')) + "-" + Ids.slug(number);
  }

  /** The citation code, as the seed writes it: {@code SI 2023/1007}, {@code 2022 c. 46}. */
  String code() {
    return switch (type) {
      case UKPGA -> year + " c. " + number;
      case UKSI -> "SI " + year + "/" + number;
      default -> type.abbreviation().toUpperCase(Locale.ROOT) + " " + year + "/" + number;
    };
  }

  String kind() {
    return type.category() == LegislationType.Category.PRIMARY ? "LAW" : "REGULATION";
  }

  /**
   * The status a listing can vouch for: made or enacted is FINAL; whether it is in force is not
   * said.
   */
  DocumentStatus status() {
    return type.category() == LegislationType.Category.DRAFT
        ? DocumentStatus.DRAFT
        : DocumentStatus.FINAL;
  }

  String stage() {
    return switch (type.category()) {
      case PRIMARY -> type == LegislationType.UKPGA ? "Enacted (Royal Assent)" : "Enacted";
      case SECONDARY -> type == LegislationType.UKSI ? "Made (statutory instrument)" : "Made";
      case DRAFT -> "Draft statutory instrument";
    };
  }

  /**
   * Acts of the UK Parliament are published by it. An instrument's maker (a department, the
   * Scottish Ministers) is not in the feed or the metadata, so the publisher given is The National
   * Archives, which publishes every item on legislation.gov.uk, and {@link #publisherStated} says
   * it is not the maker; the seed data names the maker where we know it.
   */
  String publisher() {
    return publisherStated() ? "pub:uk-parliament" : "pub:uk-national-archives";
  }

  /** Whether {@link #publisher} is the item's own maker rather than the site's publisher. */
  boolean publisherStated() {
    return type == LegislationType.UKPGA;
  }

  /** The record fields this item cannot state outright. */
  List<String> unverified() {
    return publisherStated() ? List.of() : List.of("publisher");
  }

  /** The item's page on legislation.gov.uk. */
  String url() {
    return SITE + type.abbreviation() + "/" + year + "/" + number;
  }
}
