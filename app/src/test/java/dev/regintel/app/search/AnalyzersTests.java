package dev.regintel.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The analysis search relies on, on a small glossary. */
class AnalyzersTests {

  static final Glossary GLOSSARY =
      new Glossary(
          List.of(
              new Glossary.Term(
                  "default password",
                  "デフォルトパスワード",
                  List.of("preprogrammed password"),
                  List.of("初期パスワード"),
                  null),
              new Glossary.Term(
                  "vulnerability disclosure", "脆弱性開示", List.of(), List.of(), "ゼイジャクセイカイジ"),
              new Glossary.Term("secure boot", "セキュアブート", List.of(), List.of(), null),
              new Glossary.Term("security", "セキュリティ", List.of(), List.of("セキュリティー"), null)));

  static List<String> tokens(String field, String text) throws IOException {
    Analyzer analyzer = Analyzers.perField(GLOSSARY.userDictionary());
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, Glossary.normalize(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void glossaryCompoundsStayWholeInTheWholeWordFieldAndSplitInThePartsField() throws IOException {
    assertThat(tokens(Fields.JA_TEXT, "デフォルトパスワード")).containsExactly("デフォルトパスワード");
    assertThat(tokens(Fields.JP_TEXT, "デフォルトパスワード")).containsExactly("デフォルト", "パスワード");
    assertThat(tokens(Fields.JA_TEXT, "脆弱性開示ポリシー")).startsWith("脆弱性開示");
    assertThat(tokens(Fields.JP_TEXT, "脆弱性開示ポリシー")).contains("開示");
  }

  @Test
  void longVowelAndWidthVariantsAnalyseAlike() throws IOException {
    assertThat(tokens(Fields.JA_TEXT, "セキュリティー")).isEqualTo(tokens(Fields.JA_TEXT, "セキュリティ"));
    assertThat(tokens(Fields.JP_TEXT, "ＩｏＴ機器")).isEqualTo(tokens(Fields.JP_TEXT, "IoT機器"));
  }

  @Test
  void englishIsStemmed() throws IOException {
    assertThat(tokens(Fields.EN_TEXT, "Disclosures of vulnerabilities"))
        .containsExactly("disclosur", "vulner");
  }

  @Test
  void expansionsGoBothWaysWithAlternatives() {
    assertThat(GLOSSARY.expansions("デフォルトパスワードの管理"))
        .contains("default password", "preprogrammed password");
    assertThat(GLOSSARY.expansions("Vulnerability Disclosure policy")).contains("脆弱性開示");
    assertThat(GLOSSARY.expansions("NIS 2 セキュアブート")).containsExactly("secure boot");
  }
}
