package dev.regintel.app.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The printable report: escaped, with the three states, in English or Japanese. */
class CoverageHtmlTests {

  static String html(ReportLanguage lang) {
    return new String(SampleReports.written(CoverageFormat.HTML, lang), StandardCharsets.UTF_8);
  }

  @Test
  void textFromTheGraphIsEscaped() {
    String html = html(ReportLanguage.EN);
    assertThat(html)
        .doesNotContain("<script>")
        .doesNotContain("<b>must</b>")
        .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;")
        .contains("&lt;b&gt;must&lt;/b&gt;");
  }

  @Test
  void everyRowShowsItsFulfilmentAndANoneRowWhy() {
    String html = html(ReportLanguage.EN);
    assertThat(html)
        .contains("<tr class=\"full\">", "<tr class=\"partial\">", "<tr class=\"none\">")
        .contains(">FULL<", ">PARTIAL<", ">NONE<")
        .contains("ctl:secure-boot -SATISFIES-&gt; req:a -SUBSET_OF-&gt;")
        .contains(SampleReports.GAP);
  }

  @Test
  void englishPagesHaveEnglishLabelsAndPrintStyles() {
    String html = html(ReportLanguage.EN);
    assertThat(html)
        .contains("<html lang=\"en\">", "Coverage report", "Documents that apply, and why")
        .contains("@media print", "@page")
        .contains("Cyber Resilience Act")
        .doesNotContain("サイバーレジリエンス法");
  }

  @Test
  void japanesePagesShowJapaneseLabelsAndNamesWithTheEnglishAtHand() {
    String html = html(ReportLanguage.JA);
    assertThat(html)
        .contains("<html lang=\"ja\">", "要件充足状況レポート", "適用される文書とその理由", "未充足")
        .contains("サイバーレジリエンス法", "Cyber Resilience Act")
        .contains("共通の初期パスワードの禁止", "No universal default passwords")
        .contains(SampleReports.GAP_JA)
        .contains("デジタル要素を持つ製品は附属書Iを満たす必要がある。");
  }

  @Test
  void aJapanesePageSaysWhereAReasonIsInEnglishOnly() {
    assertThat(html(ReportLanguage.JA)).contains("Optional route in the UK", "（適用理由は英語のみ）");
    assertThat(html(ReportLanguage.EN)).doesNotContain("（適用理由は英語のみ）");
  }
}
