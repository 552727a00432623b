package dev.regintel.app.coverage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A device's coverage for chosen markets, as every export format writes it: what {@code
 * CoverageService} answers, with the trace path of each control that reaches a row as evidence. It
 * is also the JSON export's shape (docs/vendors.md), so a component added here is a key added
 * there, and none is renamed or removed without a new {@link CoverageJson#SCHEMA}.
 *
 * @param device the device
 * @param markets the market codes asked for, in the order asked; empty for the device's own
 * @param asOf the day the rules' start dates are compared with
 * @param generated when the report was made, in UTC, to the second
 * @param jurisdictions one entry per market, in the order asked for
 */
public record CoverageReport(
    Device device,
    List<String> markets,
    LocalDate asOf,
    OffsetDateTime generated,
    List<Market> jurisdictions) {

  /** The device: its id, names and category. */
  public record Device(String id, String name, String nameJa, String category) {}

  /**
   * Coverage in one market.
   *
   * @param applicable the documents that apply, with why
   * @param rows one per applicable requirement of the device itself (INFORMATIVE ones are not
   *     rows); full, partial and none count them
   * @param organisationRows the applicable requirements that are an organisation's duties (the
   *     maker's processes and reports, an entity's obligations), counted apart
   */
  public record Market(
      String code,
      String name,
      String nameJa,
      List<Applicable> applicable,
      List<Row> rows,
      int full,
      int partial,
      int none,
      List<Row> organisationRows,
      int organisationFull,
      int organisationPartial,
      int organisationNone) {

    /** The device's rows, then the organisation's. */
    public List<Row> allRows() {
      List<Row> all = new java.util.ArrayList<>(rows);
      all.addAll(organisationRows);
      return all;
    }

    /** The applicable document of this id, or null. */
    public Applicable document(String documentId) {
      return applicable.stream()
          .filter(a -> a.documentId().equals(documentId))
          .findFirst()
          .orElse(null);
    }
  }

  /**
   * A document that applies in a market.
   *
   * @param url its publisher's page, only when it is an http(s) URL
   * @param reason why it applies, in the words of the rules that make it apply (when it starts to
   *     apply, where a rule comes from)
   * @param reasonJa the same in Japanese, or null where the graph's answer gives none
   * @param unverified the rule fields their source does not state outright
   * @param scope PRODUCT, ENTITY or VOLUNTARY: the strongest of the rules'
   * @param inForce whether a rule behind it applies on the day of the report
   * @param routes the ways to show conformity the graph knows for it
   */
  public record Applicable(
      String documentId,
      String code,
      String title,
      String titleJa,
      String url,
      String reason,
      String reasonJa,
      List<String> unverified,
      String scope,
      boolean inForce,
      List<Route> routes) {}

  /**
   * A route to conformity: meeting the named provisions of another document counts for this one, as
   * its publisher (DEEMED_COMPLIANCE) or a recognition arrangement (RECOGNITION) states.
   *
   * @param provisions each named provision as "ref (FULFILMENT)", the device's fulfilment of it
   * @param fulfilment FULL when the device meets every named provision, PARTIAL some, NONE
   */
  public record Route(
      String kind,
      String viaId,
      String viaCode,
      String effect,
      String effectJa,
      String sourceUrl,
      List<String> provisions,
      String fulfilment) {}

  /**
   * One requirement of an applicable document and how well the device meets it.
   *
   * @param fulfilment FULL, PARTIAL or NONE
   * @param sourceUrl where its text was read, only when it is an http(s) URL
   * @param evidence the controls that reach it, each with its path; empty when NONE
   * @param gap why it is NONE (null otherwise)
   * @param gapJa the same in Japanese
   * @param duty DEVICE, or ORGANISATION for a duty of the maker or of an entity
   * @param scope PRODUCT, ENTITY or VOLUNTARY: the strongest scope of the rules behind it
   */
  public record Row(
      String requirementId,
      String documentId,
      String ref,
      String title,
      String titleJa,
      String obligation,
      String fulfilment,
      String sourceUrl,
      List<Evidence> evidence,
      String gap,
      String gapJa,
      String duty,
      String scope) {}

  /**
   * A control of the device that reaches a row, and the path by which it does: SATISFIES from the
   * control, then mapping relations, then PART_OF steps up to a parent requirement.
   */
  public record Evidence(String controlId, String name, String nameJa, List<Step> path) {}

  /** One step of a path, e.g. {@code ctl:x SATISFIES req:y}. */
  public record Step(String from, String to, String kind) {}
}
