package dev.regintel.crawlers.source.nist;

import dev.regintel.ontology.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns OSCAL parts into requirement text: a statement's own prose, then its items one per line,
 * each after its label ({@code a.}, {@code 1.}, {@code (a)}), with every parameter insertion
 * written out the way SP 800-53 prints it: {@code [Assignment: organization-defined frequency]},
 * {@code [Selection (one or more): organization-level; system-level]}, selections inserting further
 * parameters in turn.
 *
 * <p>SP 800-53 releases from 5.1 label their organization-defined parameters without the words
 * "organization-defined" (label {@code frequency}, where 5.0 said {@code organization-defined
 * frequency}); the words are put back, as in the publication, unless the label has them.
 */
final class OscalProse {

  private static final Pattern INSERT =
      Pattern.compile("\\{\\{\\s*insert:\\s*param,\\s*([^\\s}]+)\\s*}}");

  /** The space an insertion leaves before punctuation: "{{ insert: param, x }} ; and". */
  private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("]\\s+(?=[;:,.])");

  /**
   * A Markdown link to another part of the catalog, as parameter labels carry them since release
   * 5.1 ("event types defined in [AU-2a.](#au-2_smt.a)"): only its text is kept.
   */
  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\[\\]]+)]\\(#[^)\\s]*\\)");

  /** Selections inserting parameters that insert parameters...; deeper is a catalog error. */
  private static final int MAX_DEPTH = 4;

  private static final String ORGANIZATION_DEFINED = "organization-defined";

  private OscalProse() {}

  /** The text of the parts named {@code name}, or null when there is none or it is empty. */
  static String text(List<OscalPart> parts, String name, Map<String, OscalParam> params) {
    List<String> lines = new ArrayList<>();
    for (OscalPart part : parts) {
      if (name.equals(part.name())) {
        render(part, params, lines);
      }
    }
    return lines.isEmpty() ? null : String.join("\n", lines);
  }

  private static void render(OscalPart part, Map<String, OscalParam> params, List<String> lines) {
    List<String> own = new ArrayList<>();
    for (String line : part.prose().split("\n")) {
      String text = clean(insertParams(line, params, 0));
      if (!text.isEmpty()) {
        own.add(text);
      }
    }
    String label = part.label();
    if (label != null && !label.isBlank()) {
      if (own.isEmpty()) {
        own.add(label.strip());
      } else {
        own.set(0, label.strip() + " " + own.getFirst());
      }
    }
    lines.addAll(own);
    for (OscalPart child : part.parts()) {
      if ("item".equals(child.name())) {
        render(child, params, lines);
      }
    }
  }

  /** {@code text} with every {@code {{ insert: param, <id> }}} written out. */
  static String insertParams(String text, Map<String, OscalParam> params, int depth) {
    Matcher m = INSERT.matcher(text);
    return m.replaceAll(match -> Matcher.quoteReplacement(param(match.group(1), params, depth)));
  }

  private static String param(String id, Map<String, OscalParam> params, int depth) {
    OscalParam param = params.get(id);
    if (param == null || depth >= MAX_DEPTH) {
      return "[Assignment: " + id + "]";
    }
    if (!param.values().isEmpty()) {
      return String.join(
          ", ",
          param.values().stream().map(v -> clean(insertParams(v, params, depth + 1))).toList());
    }
    if (param.isSelection()) {
      List<String> choices =
          param.choices().stream().map(c -> clean(insertParams(c, params, depth + 1))).toList();
      String kind = "one-or-more".equals(param.howMany()) ? "Selection (one or more)" : "Selection";
      return "[" + kind + ": " + String.join("; ", choices) + "]";
    }
    if (param.label() != null && !param.label().isBlank()) {
      String label = clean(param.label());
      return "[Assignment: "
          + (label.toLowerCase(Locale.ROOT).startsWith(ORGANIZATION_DEFINED)
              ? label
              : ORGANIZATION_DEFINED + " " + label)
          + "]";
    }
    return "[Assignment: " + id + "]";
  }

  private static String clean(String text) {
    String collapsed = Text.collapse(MARKDOWN_LINK.matcher(text).replaceAll("$1"));
    return SPACE_BEFORE_PUNCTUATION.matcher(collapsed).replaceAll("]");
  }
}
