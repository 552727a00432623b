package dev.regintel.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A seed record whose note admits that one of its values was not read in a source (recalled, taken
 * from a secondary source, not checked) must name that value in its {@code unverified} list, so
 * that the API serves it as unverified rather than as a fact. Records that cannot carry {@code
 * unverified} (publishers, suppliers, devices, glossary terms, SATISFIES edges, a file's default
 * source) must not hold such a value at all: give it its source or leave it out.
 *
 * <p>The test reads the notes sentence by sentence. A sentence that admits a value was not read but
 * also says that the value is therefore not recorded ({@link #WITHHELD}) is honest without a mark.
 * Recorded web pages under {@code seed-data/snapshots} are not seed records and are not read.
 */
class SeedHonestyTests {

  static final Path CORPUS = Path.of("../seed-data");

  /**
   * The phrase list, in one place. Phrases by which a note says a value came from memory, that is,
   * it was never looked up. Such a value is looked up before it is seeded, so these phrases fail
   * even on a marked record ({@link #noNoteRestsOnMemory}); after the look-up the note says where
   * the value was read, or that it was looked up and not found, and marks it.
   */
  static final List<Admission> MEMORY =
      List.of(
          // "The title heading ... is recalled, not read on leginfo."
          phrase("recalled", "\\brecalled\\b"),
          // "the ... designation in \"code\" is from memory"
          phrase("from memory", "\\bfrom memory\\b"),
          // "the summary is from our general knowledge", "gist from our knowledge of the charter"
          phrase("from our knowledge", "\\bfrom our (?:general )?knowledge\\b"),
          // "We believe that project was published as ..."
          phrase("we believe", "\\bwe believe\\b"));

  /**
   * Phrases by which a note admits that a value was not read in a source: the {@link #MEMORY}
   * phrases and those below. The phrasings are the ones the corpus actually uses; add a new one
   * here, with an example, when a note invents it.
   */
  static final List<Admission> ADMISSIONS =
      Stream.concat(
              MEMORY.stream(),
              Stream.of(
                  phrase("unconfirmed", "\\bunconfirmed\\b"),
                  // "was not read", "not re-checked", "we have not checked it", "not verified",
                  // "not re-read", "has not been confirmed"
                  phrase(
                      "not read/checked/verified/confirmed",
                      "\\bnot (?:been |yet )?(?:re-?)?(?:read|checked|verified|confirmed)\\b"),
                  // "could not be read", "we could not read", "could not be checked"
                  phrase(
                      "could not read/check/verify/confirm",
                      "\\bcould not (?:be )?(?:read|check(?:ed)?|verif(?:y|ied)|confirm(?:ed)?)\\b"),
                  // "(secondary source)", "secondary descriptions", "secondary copies"
                  phrase(
                      "secondary source",
                      "\\bsecondary (?:sources?|descriptions?|cop(?:y|ies)|accounts?|reports?)\\b")))
          .toList();

  /**
   * A sentence that admits a value was not read but withholds it ("... are not recorded: we could
   * not read their text") needs no mark: the graph does not hold the value.
   */
  static final Pattern WITHHELD =
      Pattern.compile(
          "\\b(?:(?:is|are|were|was) not (?:recorded|reproduced|set|given)"
              + "|not recorded separately"
              + "|so no [\\w -]+ (?:is|are) (?:recorded|copied|given)"
              + "|no mapping here is copied"
              + "|only the (?:year|month)[\\w ,]* (?:is|are) recorded"
              + "|(?:is|are) left out)\\b",
          Pattern.CASE_INSENSITIVE);

  /** The array (or object) names under which records that may carry {@code unverified} sit. */
  static final Set<String> MARKABLE =
      Set.of("document", "requirements", "children", "controls", "mappings", "rules");

  /** A named admission phrase. */
  record Admission(String name, Pattern pattern) {}

  private static Admission phrase(String name, String regex) {
    return new Admission(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
  }

  /**
   * A sentence that points at the marks ("... so every provision marks ref and obligation as
   * unverified") is honest when the record or one of its nested records really carries a mark.
   */
  static final Pattern POINTS_AT_MARKS =
      Pattern.compile("\\bmark(?:s|ed)?\\b[\\w ,()-]*\\bunverified\\b", Pattern.CASE_INSENSITIVE);

  /** Sentences end at . ! or ? before a capital, a quote or a bracket ("Art. 13" does not). */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"'(])");

  private final YAMLMapper yaml = YAMLMapper.builder().build();

  /** One admission in one record. */
  record Finding(String file, String record, String field, String phrase, String sentence) {
    @Override
    public String toString() {
      return file + " " + record + " (" + field + ", \"" + phrase + "\"): " + sentence;
    }
  }

  @Test
  void everyAdmittedUnreadValueIsMarkedUnverifiedOrSourced() throws IOException {
    List<Finding> findings = new ArrayList<>();
    for (Path file : seedFiles()) {
      JsonNode root = yaml.readTree(Files.readString(file));
      String name = CORPUS.relativize(file).toString();
      if (root.has("source")) {
        check(name, "file default source", root, root, false, findings);
      }
      walk(name, root, root, null, findings);
    }
    assertThat(findings)
        .as(
            "Records whose note admits a value was not read in a source: list the value's field in"
                + " 'unverified' (and say why in the note), or look it up and give its source;"
                + " records that cannot carry 'unverified' must source the value or leave it out")
        .isEmpty();
  }

  @Test
  void noNoteRestsOnMemory() throws IOException {
    List<String> findings = new ArrayList<>();
    for (Path file : seedFiles()) {
      String name = CORPUS.relativize(file).toString();
      notes(yaml.readTree(Files.readString(file)), "file", findings, name);
    }
    assertThat(findings)
        .as(
            "Seed notes that say a value came from memory: look it up, then give its source, or say"
                + " it was looked up and not found and mark it unverified")
        .isEmpty();
  }

  /** Adds every note and source note below {@code node} that names a {@link #MEMORY} phrase. */
  private static void notes(JsonNode node, String record, List<String> findings, String file) {
    if (node.isArray()) {
      node.forEach(item -> notes(item, record, findings, file));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    String self = identity(node, record);
    List<JsonNode> texts = new ArrayList<>();
    texts.add(node.get("note"));
    if (node.get("source") != null) {
      texts.add(node.get("source").get("note"));
    }
    for (JsonNode text : texts) {
      note(text)
          .map(t -> t.replaceAll("\\s+", " "))
          .ifPresent(
              t ->
                  MEMORY.stream()
                      .filter(memory -> memory.pattern().matcher(t).find())
                      .forEach(m -> findings.add(file + " " + self + " (\"" + m.name() + "\")")));
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!field.getKey().equals("source")) {
        notes(field.getValue(), self, findings, file);
      }
    }
  }

  @Test
  void admissionsAreFoundSentenceBySentence() {
    List<Finding> findings = new ArrayList<>();
    JsonNode record =
        yaml.readTree(
            """
            id: doc:x
            note: >-
              Published in OJ L 7. The date of application is from memory. Paragraphs 7 and 9 are
              not recorded: we could not read their text.
            """);
    check("x.yaml", "doc:x", record, record, true, findings);
    assertThat(findings).extracting(Finding::phrase).containsExactly("from memory");

    findings.clear();
    JsonNode read = yaml.readTree("note: Read in the Official Journal.");
    check("x.yaml", "doc:x", read, read, true, findings);
    assertThat(findings).isEmpty();
  }

  @Test
  void aMarkedRecordPassesAndAnUnmarkableOneFails() {
    List<Finding> findings = new ArrayList<>();
    JsonNode marked = yaml.readTree("note: The title is recalled.\nunverified: [title]");
    check("x.yaml", "doc:x", marked, marked, true, findings);
    assertThat(findings).isEmpty();

    JsonNode term = yaml.readTree("en: x\nsource: {url: 'https://x', note: Not checked.}");
    check("x.yaml", "term x", term, term, false, findings);
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.field()).contains("cannot"));
  }

  @Test
  void aSentencePointingAtMarksPassesOnlyWhenTheMarksExist() {
    String note = "note: Not read in the standard, so every provision is marked unverified.\n";
    List<Finding> findings = new ArrayList<>();
    JsonNode marked = yaml.readTree(note + "requirements: [{ref: '1', unverified: [text]}]");
    check("x.yaml", "doc:x", marked, marked, true, findings);
    assertThat(findings).isEmpty();

    JsonNode unmarked = yaml.readTree(note + "requirements: [{ref: '1'}]");
    check("x.yaml", "doc:x", unmarked, unmarked, true, findings);
    assertThat(findings).hasSize(1);
  }

  private List<Path> seedFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(CORPUS)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .filter(p -> !CORPUS.relativize(p).startsWith("snapshots"))
          .filter(p -> !CORPUS.relativize(p).startsWith("schema"))
          .sorted()
          .toList();
    }
  }

  /** Visits every object below {@code node}; {@code key} is the field it hangs from. */
  private void walk(String file, JsonNode root, JsonNode node, String key, List<Finding> findings) {
    if (node.isArray()) {
      node.forEach(item -> walk(file, root, item, key, findings));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (key != null && (node.has("note") || node.has("source"))) {
      // A document's requirements are its siblings in the file, so its notes may point at them.
      JsonNode scope = key.equals("document") ? root : node;
      check(file, identity(node, key), node, scope, MARKABLE.contains(key), findings);
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!field.getKey().equals("source")) {
        walk(file, root, field.getValue(), field.getKey(), findings);
      }
    }
  }

  private static String identity(JsonNode node, String key) {
    for (String id : List.of("id", "ref", "en", "requirement")) {
      if (node.hasNonNull(id)) {
        return node.get(id).asString();
      }
    }
    if (node.has("from") && node.has("to")) {
      return node.get("from").asString() + " -> " + node.get("to").asString();
    }
    return key;
  }

  /**
   * Adds a finding for each admitting sentence of the record's notes, unless it is marked; {@code
   * scope} holds the records its notes may point at.
   */
  static void check(
      String file,
      String record,
      JsonNode node,
      JsonNode scope,
      boolean markable,
      List<Finding> findings) {
    JsonNode unverified = node.get("unverified");
    if (markable && unverified != null && !unverified.isEmpty()) {
      return;
    }
    String suffix = markable ? "" : ", cannot carry unverified";
    boolean marksBelow = hasMarks(scope);
    note(node.get("note"))
        .ifPresent(note -> admissions(file, record, "note" + suffix, note, marksBelow, findings));
    JsonNode source = node.get("source");
    if (source != null) {
      note(source.get("note"))
          .ifPresent(
              note -> admissions(file, record, "source.note" + suffix, note, marksBelow, findings));
    }
  }

  /** Whether the node or any record nested in it has a non-empty {@code unverified} list. */
  private static boolean hasMarks(JsonNode node) {
    JsonNode unverified = node.get("unverified");
    if (unverified != null && !unverified.isEmpty()) {
      return true;
    }
    for (JsonNode child : node) {
      if (child.isContainer() && hasMarks(child)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> note(JsonNode note) {
    return note != null && note.isString() ? Optional.of(note.asString()) : Optional.empty();
  }

  private static void admissions(
      String file,
      String record,
      String field,
      String note,
      boolean marksBelow,
      List<Finding> findings) {
    for (String sentence : SENTENCE_END.split(note.replaceAll("\\s+", " ").strip())) {
      if (WITHHELD.matcher(sentence).find()
          || (marksBelow && POINTS_AT_MARKS.matcher(sentence).find())) {
        continue;
      }
      for (Admission admission : ADMISSIONS) {
        Matcher matcher = admission.pattern().matcher(sentence);
        if (matcher.find()) {
          findings.add(new Finding(file, record, field, matcher.group(), sentence));
          break;
        }
      }
    }
  }
}
