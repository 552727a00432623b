package dev.regintel.app.coverage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A download of a coverage export; the GraphQL type {@code CoverageExportLink}.
 *
 * @param format csv, json, xlsx, oscal or html
 * @param lang en or ja for html; null for the data formats
 * @param mediaType what the download is served as
 * @param path the download's path on this server, query included
 */
public record CoverageExportLink(String format, String lang, String mediaType, String path) {

  /** The download path. */
  public static final String PATH = "/exports/coverage";

  /** A link per format, and the printable report once per language, for a device and markets. */
  static List<CoverageExportLink> all(String deviceId, List<String> markets) {
    String query =
        PATH
            + "?device="
            + URLEncoder.encode(deviceId, StandardCharsets.UTF_8)
            + (markets.isEmpty()
                ? ""
                : "&markets="
                    + URLEncoder.encode(String.join(",", markets), StandardCharsets.UTF_8));
    List<CoverageExportLink> links = new ArrayList<>();
    for (CoverageFormat format : CoverageFormat.values()) {
      String base = query + "&format=" + format.key();
      if (format == CoverageFormat.HTML) {
        for (ReportLanguage lang : ReportLanguage.values()) {
          links.add(
              new CoverageExportLink(
                  format.key(), lang.tag(), format.mediaType(), base + "&lang=" + lang.tag()));
        }
      } else {
        links.add(new CoverageExportLink(format.key(), null, format.mediaType(), base));
      }
    }
    return List.copyOf(links);
  }
}
