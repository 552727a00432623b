package dev.regintel.app.coverage;

import dev.regintel.app.internal.graphql.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a coverage export is asked for, checked the same way for the download and the command line:
 * a device id of 1 to {@value #MAX_ID} characters, at most {@value #MAX_MARKETS} market codes
 * (commas between them; none means the device's own markets), a format and a language. Market codes
 * are upper-cased; whether they are well formed and known is checked when the coverage is read
 * ({@link CoverageReports}).
 */
public record ExportRequest(
    String deviceId, List<String> markets, CoverageFormat format, ReportLanguage lang) {

  /** The longest device id taken. */
  public static final int MAX_ID = 200;

  /** The most markets in one export. */
  public static final int MAX_MARKETS = 20;

  /**
   * A request from text as a user types it.
   *
   * @param markets e.g. {@code "EU,GB,US-CA,JP"}; null or blank for the device's own markets
   * @param format csv, json, xlsx, oscal or html, in any case; null for csv
   * @param lang en or ja; null for en
   * @throws ApiException BAD_USER_INPUT naming the parameter that is wrong
   */
  public static ExportRequest of(String device, String markets, String format, String lang) {
    if (device == null || device.isBlank() || device.length() > MAX_ID) {
      throw ApiException.badInput("device: an id of 1 to " + MAX_ID + " characters is needed");
    }
    return new ExportRequest(
        device.strip(), markets(markets), CoverageFormat.parse(format), ReportLanguage.parse(lang));
  }

  private static List<String> markets(String text) {
    List<String> codes = new ArrayList<>();
    if (text == null) {
      return codes;
    }
    for (String part : text.split(",")) {
      String code = part.strip().toUpperCase(Locale.ROOT);
      if (code.length() > 10) {
        // No market code is this long; the message does not repeat a long value.
        throw ApiException.badInput(
            "markets: '" + code.substring(0, 10) + "...' is no market code");
      }
      if (!code.isEmpty() && !codes.contains(code)) {
        codes.add(code);
      }
    }
    if (codes.size() > MAX_MARKETS) {
      throw ApiException.badInput(
          "markets: at most " + MAX_MARKETS + " codes, not " + codes.size());
    }
    return List.copyOf(codes);
  }
}
