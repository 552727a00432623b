package dev.regintel.crawlers.source.eu;

import dev.regintel.ontology.Text;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title block of an Official Journal act ({@code div.eli-main-title p.oj-doc-ti}): "DIRECTIVE
 * (EU) 2022/2555 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL", "of 14 December 2022", "on
 * measures for ...". It names the act, so the act is identified from its own text and not from the
 * address it was fetched from (CELLAR redirects to opaque manifestation addresses).
 *
 * <p>Ids: {@code doc:eu-<year>-<number>}, as the seed has {@code doc:eu-2022-2555} and {@code
 * doc:eu-2014-53}.
 *
 * @param form the act's form as the title writes it, e.g. {@code COMMISSION IMPLEMENTING
 *     REGULATION}
 * @param designation the number as written, e.g. {@code (EU) 2022/2555}, {@code 2014/53/EU}, {@code
 *     (EU) No 910/2014}
 * @param year the year
 * @param number the number within the year
 * @param author the authors after "OF", e.g. {@code THE EUROPEAN PARLIAMENT AND OF THE COUNCIL}, or
 *     null for Commission acts
 * @param signed the date of signature ("of 14 December 2022"), or null
 * @param subject the rest of the title ("on measures for ..."), without "(Text with EEA relevance)"
 */
record EuActTitle(
    String form,
    String designation,
    int year,
    int number,
    String author,
    LocalDate signed,
    String subject) {

  private static final String FORM =
      "(?<form>(?:COMMISSION\\s+|COUNCIL\\s+)?(?:IMPLEMENTING\\s+|DELEGATED\\s+)?"
          + "(?:REGULATION|DIRECTIVE|DECISION))";

  /** "(EU) 2022/2555" or "2014/53/EU": year first. */
  private static final Pattern YEAR_FIRST =
      Pattern.compile(
          "(?i)^"
              + FORM
              + "\\s+(?<designation>(?:\\((?:EU|EC|EEC|EU, Euratom)\\)\\s+)?(?<year>\\d{4})/(?<number>\\d+)(?:/(?:EU|EC|EEC))?)"
              + "(?:\\s+OF\\s+(?<author>.+))?$");

  /** "(EU) No 910/2014": number first. */
  private static final Pattern NUMBER_FIRST =
      Pattern.compile(
          "(?i)^"
              + FORM
              + "\\s+(?<designation>(?:\\((?:EU|EC|EEC)\\)\\s+)?No\\s+(?<number>\\d+)/(?<year>\\d{4}))"
              + "(?:\\s+OF\\s+(?<author>.+))?$");

  /** Another act named in a title, e.g. in "repealing Directive (EU) 2016/1148". */
  private static final Pattern NAMED_ACT =
      Pattern.compile(
          "(?:Regulation|Directive|Decision)s?\\s+"
              + "(?:\\((?:EU|EC|EEC)\\)\\s+(?:No\\s+(?<n1>\\d+)/(?<y1>\\d{4})|(?<y2>\\d{4})/(?<n2>\\d+))"
              + "|(?<y3>\\d{4})/(?<n3>\\d+)/(?:EU|EC|EEC))");

  private static final Pattern SIGNED = Pattern.compile("(?i)^of\\s+(\\d{1,2}\\s+\\w+\\s+\\d{4})$");
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  /** The act a title block names, from its lines in order. */
  static Optional<EuActTitle> fromLines(List<String> lines) {
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = YEAR_FIRST.matcher(lines.getFirst());
    if (!m.matches()) {
      m = NUMBER_FIRST.matcher(lines.getFirst());
      if (!m.matches()) {
        return Optional.empty();
      }
    }
    LocalDate signed = null;
    List<String> subject = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      Matcher date = SIGNED.matcher(line);
      if (signed == null && subject.isEmpty() && date.matches()) {
        signed = date(date.group(1));
      } else if (!line.equalsIgnoreCase("(Text with EEA relevance)")) {
        subject.add(line);
      }
    }
    return Optional.of(
        new EuActTitle(
            Text.collapse(m.group("form")).toUpperCase(Locale.ROOT),
            m.group("designation"),
            Integer.parseInt(m.group("year")),
            Integer.parseInt(m.group("number")),
            m.group("author"),
            signed,
            String.join(" ", subject)));
  }

  String documentId() {
    return "doc:eu-" + year + "-" + number;
  }

  /** "Directive (EU) 2022/2555", "Commission Implementing Regulation (EU) 2024/2690". */
  String code() {
    return titleCase(form) + " " + designation;
  }

  /** The full title in the seed's form: code, authors, date and subject. */
  String title() {
    StringBuilder title = new StringBuilder(code());
    if (author != null) {
      title.append(" of ").append(titleCase(author));
    }
    if (signed != null) {
      title.append(" of ").append(signed.format(DAY_MONTH_YEAR));
    }
    if (!subject.isBlank()) {
      title.append(' ').append(subject);
    }
    return title.toString();
  }

  String kind() {
    if (form.contains("DIRECTIVE")) {
      return "DIRECTIVE";
    }
    if (form.contains("IMPLEMENTING")) {
      return "IMPLEMENTING_ACT";
    }
    return form.contains("REGULATION") ? "REGULATION" : "LAW";
  }

  String publisher() {
    return form.startsWith("COMMISSION") ? "pub:european-commission" : "pub:eu-legislator";
  }

  /** The act's ELI on EUR-Lex, e.g. {@code https://eur-lex.europa.eu/eli/reg_impl/2024/2690/oj}. */
  String eli() {
    String type = form.contains("DIRECTIVE") ? "dir" : form.contains("REGULATION") ? "reg" : "dec";
    String flavour =
        form.contains("IMPLEMENTING") ? "_impl" : form.contains("DELEGATED") ? "_del" : "";
    return "https://eur-lex.europa.eu/eli/" + type + flavour + "/" + year + "/" + number + "/oj";
  }

  /** The ids of the acts the title says this one repeals. */
  List<String> repeals() {
    List<String> ids = new ArrayList<>();
    int at = subject.indexOf("repealing");
    if (at < 0) {
      return ids;
    }
    Matcher m = NAMED_ACT.matcher(subject.substring(at));
    while (m.find()) {
      String y =
          m.group("y1") != null
              ? m.group("y1")
              : m.group("y2") != null ? m.group("y2") : m.group("y3");
      String n =
          m.group("n1") != null
              ? m.group("n1")
              : m.group("n2") != null ? m.group("n2") : m.group("n3");
      ids.add("doc:eu-" + Integer.parseInt(y) + "-" + Integer.parseInt(n));
    }
    return ids;
  }

  /**
   * "THE EUROPEAN PARLIAMENT AND OF THE COUNCIL" gives "the European Parliament and of the
   * Council".
   */
  private static String titleCase(String upper) {
    StringBuilder out = new StringBuilder();
    for (String word : upper.strip().split("\\s+")) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (!out.isEmpty()) {
        out.append(' ');
      }
      if (lower.equals("of") || lower.equals("the") || lower.equals("and")) {
        out.append(lower);
      } else {
        out.append(Character.toUpperCase(lower.charAt(0))).append(lower.substring(1));
      }
    }
    return out.toString();
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text, DAY_MONTH_YEAR);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
