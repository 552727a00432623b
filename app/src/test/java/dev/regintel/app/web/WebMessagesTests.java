package dev.regintel.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.ontology.ChangeKind;
import dev.regintel.ontology.DocumentStatus;
import dev.regintel.ontology.Fulfilment;
import dev.regintel.ontology.Obligation;
import dev.regintel.ontology.Relation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pages' labels: English and Japanese have the same keys, every value of every enumeration a
 * page shows has a label in both, and no Japanese label is left in English.
 */
class WebMessagesTests {

  static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = WebMessagesTests.class.getResourceAsStream("/web/" + name)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    assertThat(load("messages_ja.properties").stringPropertyNames())
        .isEqualTo(load("messages.properties").stringPropertyNames());
  }

  @Test
  void everyValueAPageShowsHasALabelInBothLanguages() throws IOException {
    List<String> keys = new ArrayList<>();
    for (Enum<?> e : DocumentStatus.values()) keys.add("status." + e.name());
    for (Enum<?> e : Fulfilment.values()) keys.add("fulfilment." + e.name());
    for (Enum<?> e : Relation.values()) keys.add("relation." + e.name());
    for (Enum<?> e : Obligation.values()) keys.add("obligation." + e.name());
    for (Enum<?> e : ChangeKind.values()) keys.add("change." + e.name());
    for (String kind : SearchPage.KINDS) keys.add("kind." + kind);
    String schema = schema();
    for (String v : enumValues(schema, "MappingAuthor")) keys.add("madeBy." + v);
    for (String v : enumValues(schema, "DiffKind")) keys.add("diffKind." + v);
    keys.add("relation.SATISFIES");
    keys.add("relation.PART_OF");
    for (String file : List.of("messages.properties", "messages_ja.properties")) {
      assertThat(load(file).stringPropertyNames()).as(file).containsAll(keys);
    }
  }

  @Test
  void japaneseLabelsAreInJapanese() throws IOException {
    Properties en = load("messages.properties");
    Properties ja = load("messages_ja.properties");
    List<String> same = new ArrayList<>();
    for (String key : en.stringPropertyNames()) {
      String text = en.getProperty(key);
      // Names that are the same in both: the site, the API, the two language names.
      if (text.equals(ja.getProperty(key))
          && !key.startsWith("lang.")
          && !key.startsWith("site.name")
          && !key.equals("nav.api")) {
        same.add(key);
      }
    }
    assertThat(same).isEmpty();
  }

  private static String schema() throws IOException {
    try (InputStream in = WebMessagesTests.class.getResourceAsStream("/graphql/schema.graphqls")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> enumValues(String schema, String name) {
    Matcher m = Pattern.compile("enum " + name + " \\{(.*?)\\}", Pattern.DOTALL).matcher(schema);
    assertThat(m.find()).as(name).isTrue();
    List<String> values = new ArrayList<>();
    for (String line : m.group(1).split("\n")) {
      String t = line.strip();
      if (t.matches("[A-Z_]+")) {
        values.add(t);
      }
    }
    assertThat(values).as(name).isNotEmpty();
    return values;
  }
}
