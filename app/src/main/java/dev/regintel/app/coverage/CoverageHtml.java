package dev.regintel.app.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A coverage report as a printable HTML page, rendered by Thymeleaf from {@code
 * coverage/report.html}: a summary table, then per market the documents that apply and why, and the
 * rows with their fulfilment, the controls and paths that reach them, or why none does. Every value
 * goes through {@code th:text}, so the graph's text is HTML-escaped. Labels come from {@code
 * coverage/labels_<lang>.properties}; in Japanese, names, titles and reasons show their Japanese
 * form where the graph holds one, with the English beneath.
 */
final class CoverageHtml {

  private static final TemplateEngine ENGINE = engine();

  private static final Map<ReportLanguage, Map<String, String>> LABELS = labels();

  private CoverageHtml() {}

  static void write(CoverageReport report, ReportLanguage lang, OutputStream out)
      throws IOException {
    Context context = new Context(Locale.forLanguageTag(lang.tag()));
    context.setVariable("report", report);
    context.setVariable("v", new View(lang, LABELS.get(lang)));
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    ENGINE.process("report", context, writer);
    writer.flush();
  }

  private static TemplateEngine engine() {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(CoverageHtml.class.getClassLoader());
    resolver.setPrefix("coverage/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  /** Read as UTF-8 (not ISO 8859-1, the default of properties files), for the Japanese. */
  private static Map<ReportLanguage, Map<String, String>> labels() {
    Map<ReportLanguage, Map<String, String>> out = new EnumMap<>(ReportLanguage.class);
    for (ReportLanguage lang : ReportLanguage.values()) {
      String name = "coverage/labels_" + lang.tag() + ".properties";
      try (InputStream in = CoverageHtml.class.getClassLoader().getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException(name + " is missing from the class path");
        }
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> labels =
            properties.stringPropertyNames().stream()
                .collect(Collectors.toMap(k -> k, properties::getProperty));
        out.put(lang, Map.copyOf(labels));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /**
   * What the template calls to choose and format text; public for Thymeleaf's expression language,
   * which calls it by reflection.
   */
  public static final class View {
    private final ReportLanguage lang;
    private final Map<String, String> labels;

    View(ReportLanguage lang, Map<String, String> labels) {
      this.lang = lang;
      this.labels = labels;
    }

    /** The page's language tag. */
    public String lang() {
      return lang.tag();
    }

    /** A label; the key itself where the language has none, so a gap shows rather than hides. */
    public String label(String key) {
      return labels.getOrDefault(key, key);
    }

    /** The form to show: the Japanese one in Japanese where there is one, else the English. */
    public String text(String english, String japanese) {
      return lang.pick(english, japanese);
    }

    /** In Japanese, the English form beside a Japanese one; null otherwise. */
    public String other(String english, String japanese) {
      String shown = text(english, japanese);
      return english != null && !english.equals(shown) ? english : null;
    }

    /** Whether a Japanese page shows a text in English only, for want of its Japanese form. */
    public boolean inEnglishOnly(String english, String japanese) {
      return lang == ReportLanguage.JA
          && english != null
          && !english.isBlank()
          && (japanese == null || japanese.isBlank());
    }

    /** The CSS class of a row's fulfilment: full, partial or none. */
    public String css(String fulfilment) {
      return fulfilment.toLowerCase(Locale.ROOT);
    }

    public String path(CoverageReport.Evidence evidence) {
      return EvidenceText.path(evidence);
    }

    /** A market's rows in two groups: the device's own, then the organisation's duties. */
    public List<List<CoverageReport.Row>> rowGroups(CoverageReport.Market market) {
      return List.of(market.rows(), market.organisationRows());
    }

    public String join(List<String> values) {
      return String.join(", ", values);
    }

    /** When the report was made, to the second. */
    public String generated(CoverageReport report) {
      return CoverageReports.TIMESTAMP.format(report.generated());
    }

    /** The markets of the report, by code. */
    public String markets(CoverageReport report) {
      return report.jurisdictions().stream()
          .map(CoverageReport.Market::code)
          .collect(Collectors.joining(", "));
    }
  }
}
