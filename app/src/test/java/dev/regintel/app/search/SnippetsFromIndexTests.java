package dev.regintel.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.ontology.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * Snippets read from the offsets the index keeps ({@link Snippets#fromIndex}) are those made by
 * analysing each hit's text again ({@link Snippets#snippet}, the oracle): for texts in English,
 * Japanese, both and neither, markup, long texts and odd white space, and queries in either
 * language, with glossary equivalents, the query's language tried first either way.
 */
class SnippetsFromIndexTests {

  /** English and Japanese text of each indexed item, in document order. */
  private static final List<String[]> TEXTS =
      List.of(
          new String[] {
            "Firmware <script>alert(\"x\")</script> & <b>default passwords</b> are banned", ""
          },
          new String[] {"Vulnerability disclosure policy", "IoT機器の製造者は、脆弱性の開示方針を公開しなければならない。"},
          new String[] {"", "デフォルトパスワードを禁止する"},
          new String[] {"Known vulnerabilities in ＩｏＴ devices", "脆弱性開示の方針"},
          new String[] {"No universal default password shall be used.", "初期パスワードは機器ごとに異なること。"},
          new String[] {
            String.join(" ", List.of("Lorem ipsum dolor sit amet.".repeat(12), "Software updates"))
                + " shall be made available for the defined support period."
                + " Filler sentence.".repeat(20),
            "ソフトウェア更新は定められたサポート期間中提供されること。" + "補足の文。".repeat(40)
          },
          new String[] {"Secure\n\n   boot\u00a0is required", "セキュアブート"},
          new String[] {"Secure boot", ""});

  private static final List<String> QUERIES =
      List.of(
          "default password",
          "デフォルトパスワード",
          "脆弱性",
          "脆弱性開示",
          "vulnerability disclosure",
          "iot vulnerability",
          "preprogrammed password",
          "software update",
          "ソフトウェア更新",
          "boot",
          "password",
          "nothing matches this");

  @Test
  void snippetsFromTheIndexAreThoseOfTheTextAnalysedAgain() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer =
          new IndexWriter(
              directory,
              new IndexWriterConfig(
                  Analyzers.perField(AnalyzersTests.GLOSSARY.userDictionary())))) {
        for (String[] text : TEXTS) {
          Document doc = new Document();
          doc.add(new Field(Fields.SNIPPET_EN, Text.collapse(text[0]), IndexDocuments.SNIPPET));
          doc.add(new Field(Fields.SNIPPET_JA, Text.collapse(text[1]), IndexDocuments.SNIPPET));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        int[] docs = new int[TEXTS.size()];
        for (int i = 0; i < docs.length; i++) {
          docs[i] = i;
        }
        int marked = 0;
        for (String query : QUERIES) {
          Snippets.Marks marks = SnippetsTests.marks(query);
          for (boolean japaneseFirst : new boolean[] {true, false}) {
            List<String> expected = new ArrayList<>();
            for (String[] text : TEXTS) {
              expected.add(Snippets.snippet(text[0], text[1], marks, japaneseFirst));
            }
            String[] fromIndex = Snippets.fromIndex(searcher, docs, marks, japaneseFirst);
            assertThat(fromIndex)
                .as("%s, Japanese first: %s", query, japaneseFirst)
                .containsExactlyElementsOf(expected);
            marked += (int) expected.stream().filter(s -> s != null && s.contains("<em>")).count();
          }
        }
        assertThat(marked).as("snippets with a match").isGreaterThan(30);
        // A page in another order, and of part of the hits, gets its own snippets in its order.
        Snippets.Marks marks = SnippetsTests.marks("脆弱性");
        assertThat(Snippets.fromIndex(searcher, new int[] {3, 1}, marks, true))
            .containsExactly(
                Snippets.snippet(TEXTS.get(3)[0], TEXTS.get(3)[1], marks, true),
                Snippets.snippet(TEXTS.get(1)[0], TEXTS.get(1)[1], marks, true));
      }
    }
  }
}
