package dev.regintel.app.coverage;

import dev.regintel.app.internal.graphql.ApiException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The formats a coverage report is written in, with the media type and file name ending each is
 * served with. Every writer takes the same {@link CoverageReport}; only HTML uses the language.
 */
public enum CoverageFormat {
  /** One line per row, UTF-8 with a byte-order mark (for spreadsheet programs), RFC 4180. */
  CSV("text/csv;charset=UTF-8", "csv", true),
  /** The report as {@link CoverageJson} writes it. */
  JSON("application/json", "json", true),
  /** A Summary, a Documents and a Requirements sheet, headings frozen. */
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", false),
  /** An OSCAL 1.1.2 component-definition of the device. */
  OSCAL("application/json", "oscal.json", true),
  /** A printable page, in English or Japanese. */
  HTML("text/html;charset=UTF-8", "html", true);

  private final String mediaType;
  private final String extension;
  private final boolean text;

  CoverageFormat(String mediaType, String extension, boolean text) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.text = text;
  }

  /** The format named by {@code text} (any case); CSV when null or blank. */
  public static CoverageFormat parse(String text) {
    if (text == null || text.isBlank()) {
      return CSV;
    }
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badInput("format must be " + names() + ", not '" + text + "'");
    }
  }

  /** The formats' names as a user types them: csv, json, xlsx, oscal, html. */
  public static String names() {
    return Arrays.stream(values())
        .map(f -> f.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  public String mediaType() {
    return mediaType;
  }

  /** The file name ending, without the dot. */
  public String extension() {
    return extension;
  }

  /** Whether the format is text (and so may go to a terminal); XLSX is not. */
  public boolean text() {
    return text;
  }

  /** The name of this format as a user types it, e.g. {@code oscal}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Writes the report to {@code out}, which it leaves open. */
  public void write(CoverageReport report, ReportLanguage lang, OutputStream out) {
    try {
      switch (this) {
        case CSV -> CoverageCsv.write(report, out);
        case JSON -> CoverageJson.write(report, out);
        case XLSX -> CoverageXlsx.write(report, out);
        case OSCAL -> OscalComponentDefinition.write(report, out);
        case HTML -> CoverageHtml.write(report, lang, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The report as text, for standard output: CSV without its byte-order mark, the rest as written.
   *
   * @throws IllegalStateException for XLSX, which is not text
   */
  public String text(CoverageReport report, ReportLanguage lang) {
    if (!text) {
      throw new IllegalStateException(key() + " is not text");
    }
    if (this == CSV) {
      return CoverageCsv.text(report);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(report, lang, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * The file name of a report in this format, e.g. {@code
   * coverage-dev-axis-network-cameras-axis-os-EU-GB-JP.csv}: the device id and markets with
   * anything but letters, digits, dots and dashes turned into dashes.
   */
  public String fileName(CoverageReport report, ReportLanguage lang) {
    String markets =
        report.jurisdictions().stream()
            .map(CoverageReport.Market::code)
            .collect(Collectors.joining("-"));
    String base =
        ("coverage-" + report.device().id() + "-" + markets).replaceAll("[^A-Za-z0-9.-]+", "-");
    return base + (this == HTML ? "-" + lang.tag() : "") + "." + extension;
  }
}
