package dev.regintel.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Snippets through Lucene's highlighter: escaped text, matches in em, English and Japanese. */
class SnippetsTests {

  static Snippets.Marks marks(String query) {
    String q = Glossary.normalize(query);
    return Snippets.Marks.of(q, AnalyzersTests.GLOSSARY.expansions(q));
  }

  @Test
  void theTextIsEscapedAndOnlyTheEmTagsAreMarkup() {
    String text = "Firmware <script>alert(\"x\")</script> & <b>default passwords</b> are banned";

    String snippet = Snippets.english(text, marks("default password"));

    assertThat(snippet)
        .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;&#x2F;script&gt; &amp; &lt;b&gt;")
        .contains("<em>default</em> <em>passwords</em>");
    assertThat(snippet.replace("<em>", "").replace("</em>", "")).doesNotContain("<", ">");
  }

  @Test
  void aJapaneseQueryMarksTheJapaneseTermWhole() {
    String text = "IoT機器の製造者は、脆弱性の開示方針を公開しなければならない。";

    assertThat(Snippets.japanese(text, marks("脆弱性"))).contains("<em>脆弱性</em>の開示方針");
    // The parts analysis finds a word inside a compound, as search does.
    assertThat(Snippets.japanese("デフォルトパスワードを禁止する", marks("パスワード")))
        .isEqualTo("デフォルト<em>パスワード</em>を禁止する");
  }

  @Test
  void englishMatchesByStemAndWidthAsSearchDoes() {
    assertThat(Snippets.english("Known vulnerabilities in ＩｏＴ devices", marks("iot vulnerability")))
        .isEqualTo("Known <em>vulnerabilities</em> in <em>ＩｏＴ</em> devices");
  }

  @Test
  void glossaryEquivalentsAreMarkedInTheOtherLanguage() {
    Snippets.Marks japaneseQuery = marks("デフォルトパスワード");

    assertThat(Snippets.english("No universal default password shall be used.", japaneseQuery))
        .contains("<em>default password</em>");
    assertThat(Snippets.japanese("初期パスワードは機器ごとに異なること。", marks("preprogrammed password")))
        .startsWith("<em>初期パスワード</em>");
  }

  @Test
  void theQuerysLanguageIsTriedFirstThenTheOther() {
    String english = "Vulnerability disclosure policy";
    String japanese = "脆弱性開示の方針";

    assertThat(Snippets.snippet(english, japanese, marks("脆弱性開示"), true))
        .isEqualTo("<em>脆弱性開示</em>の方針");
    assertThat(Snippets.snippet(english, japanese, marks("vulnerability disclosure"), false))
        .isEqualTo("<em>Vulnerability</em> <em>disclosure</em> policy");
    assertThat(Snippets.snippet("Secure boot", japanese, marks("脆弱性開示"), false))
        .isEqualTo("<em>脆弱性開示</em>の方針");
    assertThat(Snippets.snippet("Secure boot", "セキュアブート", marks("password"), false)).isNull();
  }

  @Test
  void aLongTextGivesAFragmentAroundTheMatchMarkedAsCut() {
    String text =
        String.join(" ", List.of("Lorem ipsum dolor sit amet.".repeat(12), "Software updates"))
            + " shall be made available for the defined support period."
            + " Filler sentence.".repeat(20);

    String snippet = Snippets.english(text, marks("software update"));

    assertThat(snippet)
        .startsWith("…")
        .endsWith("…")
        .contains("<em>Software</em> <em>updates</em>");
    assertThat(snippet.length()).isBetween(Snippets.LENGTH / 2, Snippets.LENGTH * 3 / 2);
  }

  @Test
  void whiteSpaceInTheStoredTextIsCollapsed() {
    assertThat(Snippets.english("Secure\n\n   boot\u00a0is required", marks("boot")))
        .isEqualTo("Secure <em>boot</em> is required");
  }
}
