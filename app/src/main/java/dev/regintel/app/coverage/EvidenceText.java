package dev.regintel.app.coverage;

import java.util.stream.Collectors;

/** The evidence of a row as plain text, the same in CSV and XLSX cells. */
final class EvidenceText {

  private EvidenceText() {}

  /** The ids of the controls that reach the row, separated by "; ". */
  static String controls(CoverageReport.Row row) {
    return row.evidence().stream()
        .map(CoverageReport.Evidence::controlId)
        .collect(Collectors.joining("; "));
  }

  /**
   * One line per control: its path with each step's kind between the ids, e.g. {@code ctl:a
   * -SATISFIES-> req:b -EQUAL-> req:c}.
   */
  static String paths(CoverageReport.Row row) {
    return row.evidence().stream().map(EvidenceText::path).collect(Collectors.joining("\n"));
  }

  static String path(CoverageReport.Evidence evidence) {
    if (evidence.path().isEmpty()) {
      return evidence.controlId();
    }
    StringBuilder out = new StringBuilder(evidence.path().getFirst().from());
    for (CoverageReport.Step step : evidence.path()) {
      out.append(" -").append(step.kind()).append("-> ").append(step.to());
    }
    return out.toString();
  }

  /**
   * One line per route to conformity: its kind, the document it goes through, how far the device
   * meets it and the provisions it names, e.g. {@code DEEMED_COMPLIANCE via ETSI EN 303 645:
   * PARTIAL (5.1-1 (FULL), 5.1-2 (NONE))}.
   */
  static String routes(CoverageReport.Applicable applicable) {
    return applicable.routes().stream()
        .map(
            r ->
                r.kind()
                    + " via "
                    + r.viaCode()
                    + ": "
                    + r.fulfilment()
                    + " ("
                    + String.join(", ", r.provisions())
                    + ")")
        .collect(Collectors.joining("\n"));
  }
}
