package dev.regintel.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.support.AbstractAppIT;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Search quality, measured: Recall@10 and MRR@10 over the relevance set ({@code
 * search/relevance.yaml}), for regintel's search and, in the same run, for a baseline that indexes
 * the same items with Lucene's CJK bigram analyzer and no glossary. Prints both and writes them to
 * {@code target/search-relevance.json}; ours must beat the baseline in both languages.
 */
class SearchRelevanceIT extends AbstractAppIT {

  @Autowired SearchService search;
  @Autowired Graph graph;
  @Autowired SearchIndex index;

  record Case(String query, String lang, List<String> expected) {}

  record Score(double recall, double mrr, int queries) {}

  static List<Case> cases() throws IOException {
    try (InputStream in = SearchRelevanceIT.class.getResourceAsStream("/search/relevance.yaml")) {
      JsonNode root = YAMLMapper.builder().build().readTree(in);
      List<Case> out = new ArrayList<>();
      for (JsonNode q : root.get("queries")) {
        List<String> expected = new ArrayList<>();
        q.get("expected").forEach(e -> expected.add(e.asString()));
        out.add(new Case(q.get("query").asString(), q.get("lang").asString(), expected));
      }
      return out;
    }
  }

  interface Engine {
    List<String> top10(String query) throws IOException;
  }

  /** The rank (1-10) of the first expected hit in {@code top}, or 0 when none is there. */
  static int firstRank(Case c, List<String> top) {
    for (int i = 0; i < top.size(); i++) {
      if (c.expected().contains(top.get(i))) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The queries where the baseline ranks its first good answer above ours, to see what to fix. */
  static String losses(List<Case> cases, Engine ours, Engine baseline) throws IOException {
    StringBuilder out = new StringBuilder();
    for (Case c : cases) {
      int mine = firstRank(c, ours.top10(c.query()));
      int theirs = firstRank(c, baseline.top10(c.query()));
      if (theirs > 0 && (mine == 0 || mine > theirs)) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %s %-30s ours %s, baseline %d; ours: %s%n",
                c.lang(),
                c.query(),
                mine == 0 ? "-" : Integer.toString(mine),
                theirs,
                ours.top10(c.query()).stream().limit(3).toList()));
      }
    }
    return out.toString();
  }

  static Score score(List<Case> cases, Engine engine) throws IOException {
    double recall = 0;
    double mrr = 0;
    for (Case c : cases) {
      List<String> top = engine.top10(c.query());
      long found = c.expected().stream().filter(top::contains).count();
      recall += (double) found / c.expected().size();
      for (int i = 0; i < top.size(); i++) {
        if (c.expected().contains(top.get(i))) {
          mrr += 1.0 / (i + 1);
          break;
        }
      }
    }
    return new Score(recall / cases.size(), mrr / cases.size(), cases.size());
  }

  /** The baseline: every item's text in one field, CJK bigrams, no glossary, no expansion. */
  Engine baseline() throws IOException {
    Analyzer analyzer = new CJKAnalyzer();
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      IndexDocuments.read(
          graph,
          page ->
              page.forEach(
                  d -> {
                    Document b = new Document();
                    b.add(new StringField(Fields.ID, d.get(Fields.ID), Field.Store.YES));
                    String all =
                        String.join(
                            " ",
                            nonNull(d.get(Fields.SNIPPET_EN)),
                            nonNull(d.get(Fields.SNIPPET_JA)),
                            nonNull(d.get(Fields.DOCUMENT_CODE)),
                            nonNull(d.get(Fields.REF)));
                    b.add(new TextField("all", all, Field.Store.NO));
                    try {
                      writer.addDocument(b);
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  }));
    }
    IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
    QueryBuilder builder = new QueryBuilder(analyzer);
    return query -> {
      Query q = builder.createBooleanQuery("all", query);
      List<String> ids = new ArrayList<>();
      if (q == null) {
        return ids;
      }
      for (ScoreDoc sd : searcher.search(q, 10).scoreDocs) {
        ids.add(searcher.storedFields().document(sd.doc).get(Fields.ID));
      }
      return ids;
    };
  }

  static String nonNull(String s) {
    return s == null ? "" : s;
  }

  @Test
  void oursBeatsTheBaselineInBothLanguages() throws IOException {
    // Other tests change the shared graph directly; measure on an index built from the graph as it
    // is now.
    index.rebuild(-1);
    List<Case> all = cases();
    Engine ours =
        query -> search.search(query, null, 10, 0).hits().stream().map(SearchHitView::id).toList();
    Engine baseline = baseline();
    Map<String, Map<String, Score>> results = new LinkedHashMap<>();
    for (String lang : List.of("JA", "EN")) {
      List<Case> cases = all.stream().filter(c -> c.lang().equals(lang)).toList();
      assertThat(cases).as(lang + " queries").hasSizeGreaterThanOrEqualTo(40);
      results.put(lang, Map.of("regintel", score(cases, ours), "baseline", score(cases, baseline)));
      System.out.println(
          "Where the baseline does better (" + lang + "):\n" + losses(cases, ours, baseline));
    }
    StringBuilder table = new StringBuilder("\nSearch relevance (Recall@10, MRR@10)\n");
    table.append(
        String.format(
            Locale.ROOT, "%-4s %-9s %8s %8s %8s%n", "lang", "engine", "queries", "R@10", "MRR"));
    StringBuilder json = new StringBuilder("{");
    results.forEach(
        (lang, byEngine) ->
            byEngine.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(
                    e -> {
                      table.append(
                          String.format(
                              Locale.ROOT,
                              "%-4s %-9s %8d %8.3f %8.3f%n",
                              lang,
                              e.getKey(),
                              e.getValue().queries(),
                              e.getValue().recall(),
                              e.getValue().mrr()));
                      json.append(
                          String.format(
                              Locale.ROOT,
                              "%s\"%s/%s\": {\"queries\": %d, \"recallAt10\": %.4f, \"mrrAt10\": %.4f}",
                              json.length() > 1 ? ", " : "",
                              lang,
                              e.getKey(),
                              e.getValue().queries(),
                              e.getValue().recall(),
                              e.getValue().mrr()));
                    }));
    json.append("}\n");
    System.out.println(table);
    Files.writeString(Path.of("target/search-relevance.json"), json.toString());
    for (String lang : results.keySet()) {
      Score ours1 = results.get(lang).get("regintel");
      Score base = results.get(lang).get("baseline");
      assertThat(ours1.recall()).as(lang + " Recall@10").isGreaterThan(base.recall());
      assertThat(ours1.mrr()).as(lang + " MRR@10").isGreaterThan(base.mrr());
    }
  }
}
