package dev.regintel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.bench.Vocabulary.Term;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The synthetic graph's words: bilingual, made of the real glossary's terms, deterministic. */
class SyntheticTextTests {

  static final Path GLOSSARY = Path.of("../seed-data/glossary");

  static SyntheticGraph one;

  @BeforeAll
  static void generate() {
    one = SyntheticGraph.generate(1, 42);
  }

  /** Every English and Japanese pair of the real glossary, alternatives included. */
  static Set<String> glossaryPairs() throws IOException {
    Set<String> pairs = new HashSet<>();
    YAMLMapper yaml = YAMLMapper.builder().build();
    try (Stream<Path> files = Files.list(GLOSSARY)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        for (JsonNode t : yaml.readTree(file.toFile()).get("terms")) {
          List<String> en = new ArrayList<>(List.of(t.get("en").asString()));
          t.path("enAlt").forEach(a -> en.add(a.asString()));
          List<String> ja = new ArrayList<>(List.of(t.get("ja").asString()));
          t.path("jaAlt").forEach(a -> ja.add(a.asString()));
          en.forEach(e -> ja.forEach(j -> pairs.add(e + "=" + j)));
        }
      }
    }
    return pairs;
  }

  @Test
  void everyTermTheTextIsMadeOfIsAPairOfTheRealGlossary() throws IOException {
    Set<String> glossary = glossaryPairs();
    List<Term> used = new ArrayList<>();
    Vocabulary.TOPICS.forEach(t -> used.addAll(t.terms()));
    used.addAll(Vocabulary.ACTORS);
    used.addAll(Vocabulary.OBJECTS);
    used.addAll(Vocabulary.THREATS);
    assertThat(used).hasSizeGreaterThan(150);
    assertThat(used).allSatisfy(t -> assertThat(glossary).contains(t.en() + "=" + t.ja()));
    assertThat(Vocabulary.TOPICS).allSatisfy(t -> assertThat(t.terms()).hasSizeGreaterThan(3));
  }

  @Test
  void requirementsHaveEnglishAndJapaneseTextOfTheCorpusLength() {
    int n = one.corpus.reqId.length;
    long en = 0;
    long ja = 0;
    for (int r = 0; r < n; r++) {
      SyntheticText.Text text = SyntheticText.requirement(one, r);
      assertThat(text.title()).isNotBlank();
      assertThat(text.titleJa()).isNotBlank();
      assertThat(text.text()).endsWith(".");
      assertThat(text.textJa()).endsWith("。");
      en += text.text().length();
      ja += text.textJa().length();
    }
    // The shipped corpus: about 150 characters of English and 60 of Japanese per provision.
    assertThat(en / n).isBetween(100L, 220L);
    assertThat(ja / n).isBetween(40L, 120L);
  }

  @Test
  void aProvisionUsesItsTopicsTermsInBothLanguages() {
    for (int r = 0; r < 50; r++) {
      Vocabulary.Topic topic = one.topic(one.corpus.reqTopic[r]);
      String text = SyntheticText.requirement(one, r).text();
      String textJa = SyntheticText.requirement(one, r).textJa();
      assertThat(topic.terms()).anyMatch(t -> text.contains(t.en()) && textJa.contains(t.ja()));
    }
  }

  @Test
  void wordsDependOnlyOnTheSeedAndThePosition() {
    SyntheticGraph again = SyntheticGraph.generate(1, 42);
    SyntheticGraph other = SyntheticGraph.generate(1, 7);
    assertThat(SyntheticText.requirement(again, 17)).isEqualTo(SyntheticText.requirement(one, 17));
    assertThat(SyntheticText.document(again, 3)).isEqualTo(SyntheticText.document(one, 3));
    assertThat(SyntheticText.control(again, 5)).isEqualTo(SyntheticText.control(one, 5));
    List<SyntheticText.Text> mine = new ArrayList<>();
    List<SyntheticText.Text> theirs = new ArrayList<>();
    for (int r = 0; r < 20; r++) {
      mine.add(SyntheticText.requirement(one, r));
      theirs.add(SyntheticText.requirement(other, r));
    }
    assertThat(theirs).isNotEqualTo(mine);
  }

  @Test
  void documentsAndControlsHaveBilingualTitlesAndText() {
    for (int d = 0; d < one.corpus.docId.length; d++) {
      SyntheticText.Text text = SyntheticText.document(one, d);
      assertThat(text.title()).startsWith("Synthetic ");
      assertThat(text.titleJa()).contains("架空の");
      assertThat(text.text()).isNotBlank();
      assertThat(text.textJa()).isNotBlank();
    }
    for (int c = 0; c < one.products.controls(); c++) {
      SyntheticText.Text text = SyntheticText.control(one, c);
      assertThat(text.title()).contains("(control " + c + ")");
      assertThat(text.titleJa()).contains("（対策 " + c + "）");
      assertThat(text.textJa()).endsWith("。");
    }
  }
}
