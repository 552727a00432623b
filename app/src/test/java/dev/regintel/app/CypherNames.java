package dev.regintel.app;

import dev.regintel.ontology.Label;
import dev.regintel.ontology.RelType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the vocabulary out of Cypher text: node labels, relationship types, and the values that
 * properties are compared with; and reads Cypher out of Java source, where it lives in string
 * literals and text blocks. A reader of patterns, not a Cypher parser: it knows the shapes this
 * code base writes ({@code (x:Label}, {@code (:Label {..})}, {@code WHERE x:Label}, {@code 'Label'
 * IN labels(x)}, {@code -[:TYPE]->}, {@code <-[r:TYPE|OTHER]-}) and skips quoted strings, comments,
 * maps ({@code {key: value}}) and parameters ({@code $x}).
 */
final class CypherNames {

  /** A name, plain or in backticks. */
  private static final String NAME = "(?:`[^`]+`|[A-Za-z_][A-Za-z0-9_]*)";

  /** A label expression: names joined by {@code :}, {@code &} or {@code |}. */
  private static final String LABELS = NAME + "(?:\\s*[:&|]\\s*" + NAME + ")*";

  private static final Pattern NODE =
      Pattern.compile("\\(\\s*(?:[A-Za-z_][A-Za-z0-9_]*)?\\s*:\\s*(" + LABELS + ")");

  private static final Pattern LABEL_PREDICATE =
      Pattern.compile(
          "\\b(?:WHERE|AND|OR|XOR|NOT|SET|REMOVE)\\s+[A-Za-z_][A-Za-z0-9_]*\\s*:\\s*("
              + LABELS
              + ")");

  private static final Pattern IN_LABELS =
      Pattern.compile(
          "'([^']+)'\\s+IN\\s+labels\\s*\\(|labels\\s*\\([^)]*\\)\\s*\\[\\s*\\d+\\s*]\\s*=\\s*'([^']+)'");

  /** A relationship pattern always opens with {@code -[} or {@code <-[}; a list never does. */
  private static final Pattern RELATIONSHIP =
      Pattern.compile(
          "-\\s*\\[\\s*(?:[A-Za-z_][A-Za-z0-9_]*)?\\s*:\\s*("
              + NAME
              + "(?:\\s*\\|\\s*:?\\s*"
              + NAME
              + ")*)");

  private static final Pattern QUOTED =
      Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");

  private static final Pattern KEYWORD =
      Pattern.compile(
          "\\b(?:MATCH|MERGE|CREATE|UNWIND|RETURN|DELETE|REMOVE|CALL|WHERE|WITH|SET|CASE|ORDER BY)\\b");

  private static final String PROPERTY = "[A-Za-z_][A-Za-z0-9_]*\\.([A-Za-z_][A-Za-z0-9_]*)";

  /** A quoted word: the values of the vocabulary have no spaces (and placeholders like %s fail). */
  private static final String VALUE = "'([A-Za-z0-9_.:-]*)'";

  private static final Pattern PROPERTY_IS = Pattern.compile(PROPERTY + "\\s*(?:=|<>)\\s*" + VALUE);
  private static final Pattern IS_PROPERTY = Pattern.compile(VALUE + "\\s*(?:=|<>)\\s*" + PROPERTY);
  private static final Pattern PROPERTY_IN = Pattern.compile(PROPERTY + "\\s+IN\\s+\\[([^\\]]*)]");
  private static final Pattern CASE =
      Pattern.compile("CASE\\s+" + PROPERTY + "(.*?)\\bEND\\b", Pattern.DOTALL);
  private static final Pattern IN_MAP =
      Pattern.compile("[{,]\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*:\\s*" + VALUE);
  private static final Pattern LISTED_VALUE = Pattern.compile(VALUE);

  /** A property compared with (or matched against) a quoted value. */
  record PropertyValue(String property, String value) {}

  private CypherNames() {}

  /**
   * Whether a Java string looks like Cypher (has a clause or CASE keyword), so it is worth reading;
   * fragments such as an ORDER BY expression count.
   */
  static boolean looksLikeCypher(String text) {
    return KEYWORD.matcher(text).find();
  }

  /** The node labels the text names. */
  static Set<String> labels(String cypher) {
    Set<String> labels = new TreeSet<>();
    Matcher in = IN_LABELS.matcher(withoutComments(cypher));
    while (in.find()) {
      labels.add(in.group(1) != null ? in.group(1) : in.group(2));
    }
    String code = code(cypher);
    for (Pattern pattern : List.of(NODE, LABEL_PREDICATE)) {
      Matcher m = pattern.matcher(code);
      while (m.find()) {
        labels.addAll(names(m.group(1)));
      }
    }
    return labels;
  }

  /** The relationship types the text names. */
  static Set<String> relationshipTypes(String cypher) {
    Set<String> types = new TreeSet<>();
    Matcher m = RELATIONSHIP.matcher(code(cypher));
    while (m.find()) {
      types.addAll(names(m.group(1)));
    }
    return types;
  }

  /**
   * Every property the text compares with a quoted value ({@code x.p = 'V'}, {@code x.p <> 'V'},
   * {@code x.p IN ['V', 'W']}, {@code CASE x.p WHEN 'V' ...}, {@code {p: 'V'}}) where the value is
   * one word; format placeholders ({@code '%s'}) are skipped.
   */
  static List<PropertyValue> comparedValues(String cypher) {
    String text = withoutComments(cypher);
    List<PropertyValue> found = new ArrayList<>();
    for (Pattern pattern : List.of(PROPERTY_IS, IN_MAP)) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        found.add(new PropertyValue(m.group(1), m.group(2)));
      }
    }
    Matcher reversed = IS_PROPERTY.matcher(text);
    while (reversed.find()) {
      found.add(new PropertyValue(reversed.group(2), reversed.group(1)));
    }
    for (Pattern pattern : List.of(PROPERTY_IN, CASE)) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        Matcher value = LISTED_VALUE.matcher(m.group(2));
        while (value.find()) {
          found.add(new PropertyValue(m.group(1), value.group(1)));
        }
      }
    }
    return found;
  }

  /**
   * What in the text is not in the ontology, one message each, naming {@code where} the text came
   * from: labels not in {@link Label}, relationship types not in {@link RelType}.
   */
  static List<String> notInTheOntology(String where, String cypher) {
    Set<String> labels = Arrays.stream(Label.values()).map(Enum::name).collect(Collectors.toSet());
    Set<String> types = Arrays.stream(RelType.values()).map(Enum::name).collect(Collectors.toSet());
    List<String> unknown = new ArrayList<>();
    labels(cypher).stream()
        .filter(l -> !labels.contains(l))
        .forEach(l -> unknown.add(where + ": the label " + l + " is not a Label of the ontology"));
    relationshipTypes(cypher).stream()
        .filter(t -> !types.contains(t))
        .forEach(
            t ->
                unknown.add(
                    where + ": the relationship type " + t + " is not a RelType of the ontology"));
    return unknown;
  }

  /**
   * The string literals and text blocks of a Java source, in order, skipping comments and char
   * literals. Literals joined only by {@code +} are read as one, so {@code "MATCH (n:" + "Foo)"}
   * gives {@code MATCH (n:Foo)}.
   */
  static List<String> javaStrings(String source) {
    List<String> strings = new ArrayList<>();
    int end = -1;
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        i = indexOrEnd(source, "\n", i);
      } else if (source.startsWith("/*", i)) {
        i = indexOrEnd(source, "*/", i + 2) + 2;
      } else if (c == '\'') {
        i = closing(source, i + 1, "'") + 1;
      } else if (c == '"') {
        boolean block = source.startsWith("\"\"\"", i);
        String quote = block ? "\"\"\"" : "\"";
        int start = i + quote.length();
        int close = closing(source, start, quote);
        String text = unescape(source.substring(start, close));
        if (block) { // the content starts on the next line, its common indentation stripped
          text = text.substring(text.indexOf('\n') + 1).stripIndent();
        }
        boolean joined = end >= 0 && source.substring(end, i).matches("\\s*\\+\\s*");
        if (joined) {
          strings.set(strings.size() - 1, strings.getLast() + text);
        } else {
          strings.add(text);
        }
        i = close + quote.length();
        end = i;
      } else {
        i++;
      }
    }
    return strings;
  }

  private static int closing(String source, int from, String quote) {
    int i = from;
    while (i < source.length() && !source.startsWith(quote, i)) {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i, source.length());
  }

  private static int indexOrEnd(String source, String what, int from) {
    int at = source.indexOf(what, from);
    return at < 0 ? source.length() : at;
  }

  private static String unescape(String text) {
    return text.replace("\\\"", "\"").replace("\\n", "\n").replace("\\'", "'");
  }

  /** The text without whole-line comments ({@code // ...}). */
  private static String withoutComments(String cypher) {
    return cypher
        .lines()
        .filter(l -> !l.strip().startsWith("//"))
        .collect(Collectors.joining("\n"));
  }

  /** The text without comments and with every quoted string emptied. */
  private static String code(String cypher) {
    return QUOTED.matcher(withoutComments(cypher)).replaceAll("''").replaceAll("//[^\n]*", "");
  }

  private static List<String> names(String expression) {
    return Arrays.stream(expression.split("[:&|]"))
        .map(String::strip)
        .map(n -> n.startsWith("`") ? n.substring(1, n.length() - 1) : n)
        .filter(n -> !n.isEmpty())
        .toList();
  }
}
