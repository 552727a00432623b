package dev.regintel.app.search;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.ontology.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads documents, requirements and controls from the graph, page by page in id order, and turns
 * each into a Lucene document.
 */
final class IndexDocuments {

  static final int PAGE = 5_000;

  /**
   * The text snippets are cut from: stored as a reader sees it (whitespace collapsed), and analysed
   * as {@link Snippets} marks it, with the offsets of every term in the postings, so a page's
   * snippets are read from the index instead of analysing each hit's text again.
   */
  static final FieldType SNIPPET = snippetType();

  private static FieldType snippetType() {
    FieldType type = new FieldType();
    type.setStored(true);
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private static final String DOCUMENTS =
      """
      MATCH (d:Document) WHERE d.id > $after
      WITH d ORDER BY d.id LIMIT $limit
      RETURN d.id AS id, 'DOCUMENT' AS kind, d.status AS status, d.title AS title, d.titleJa AS titleJa, d.code AS documentCode,
             null AS ref, [d.code, d.version] + coalesce(d.aliases, []) AS codes,
             coalesce(d.summary, '') AS textEn, coalesce(d.summaryJa, '') AS textJa,
             [(d)-[:APPLIES_IN]->(:Jurisdiction)-[:PART_OF*0..3]->(j) | j.code] AS jurisdictions,
             [(d)-[:PUBLISHED_BY]->(p) | p.id] + [(d)-[:PUBLISHED_BY]->(p) | toLower(coalesce(p.abbreviation, p.id))] AS publishers
      """;

  private static final String REQUIREMENTS =
      """
      MATCH (r:Requirement) WHERE r.id > $after
      WITH r ORDER BY r.id LIMIT $limit
      OPTIONAL MATCH (d:Document {id: r.documentId})
      RETURN r.id AS id, 'REQUIREMENT' AS kind, d.status AS status, r.title AS title, r.titleJa AS titleJa, d.code AS documentCode,
             r.ref AS ref, r.parentId AS parent, [r.ref, d.code] + coalesce(d.aliases, []) AS codes,
             trim(coalesce(r.section, '') + ' ' + coalesce(r.text, '') + ' ' + coalesce(r.condition, '')) AS textEn,
             trim(coalesce(r.textJa, '') + ' ' + coalesce(r.conditionJa, '')) AS textJa,
             reduce(s = '', c IN [(r)-[:HAS_PART]->(c) | c] | s + ' ' + coalesce(c.title, '') + ' ' + coalesce(c.text, '')) AS partsEn,
             reduce(s = '', c IN [(r)-[:HAS_PART]->(c) | c] | s + ' ' + coalesce(c.titleJa, '') + ' ' + coalesce(c.textJa, '')) AS partsJa,
             [(d)-[:APPLIES_IN]->(:Jurisdiction)-[:PART_OF*0..3]->(j) | j.code] AS jurisdictions,
             [(d)-[:PUBLISHED_BY]->(p) | p.id] + [(d)-[:PUBLISHED_BY]->(p) | toLower(coalesce(p.abbreviation, p.id))] AS publishers
      """;

  private static final String CONTROLS =
      """
      MATCH (c:Control) WHERE c.id > $after
      WITH c ORDER BY c.id LIMIT $limit
      RETURN c.id AS id, 'CONTROL' AS kind, null AS status, c.name AS title, c.nameJa AS titleJa, null AS documentCode,
             null AS ref, [] AS codes, coalesce(c.description, '') AS textEn, coalesce(c.descriptionJa, '') AS textJa,
             [] AS jurisdictions, [] AS publishers
      """;

  private IndexDocuments() {}

  /**
   * Feeds every indexable item of the graph to {@code sink}, a page of up to {@link #PAGE} at a
   * time, in the order read; returns how many.
   */
  static int read(Graph graph, Consumer<List<Document>> sink) {
    int n = 0;
    for (String cypher : List.of(DOCUMENTS, REQUIREMENTS, CONTROLS)) {
      String after = "";
      while (true) {
        List<Record> page = graph.read(cypher, Map.of("after", after, "limit", PAGE));
        List<Document> docs = new ArrayList<>(page.size());
        for (Record row : page) {
          docs.add(toLucene(row));
        }
        sink.accept(docs);
        n += page.size();
        if (page.size() < PAGE) {
          break;
        }
        after = page.getLast().get("id").asString();
      }
    }
    return n;
  }

  static Document toLucene(Record row) {
    Document doc = new Document();
    String title = str(row, "title");
    String titleJa = str(row, "titleJa");
    String id = row.get("id").asString();
    doc.add(new StringField(Fields.ID, id, Field.Store.YES));
    // Ranking reads ids and parents of many hits; doc values spare it the stored documents.
    doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(id)));
    doc.add(new StringField(Fields.KIND, row.get("kind").asString(), Field.Store.YES));
    doc.add(new StoredField(Fields.TITLE, title == null ? "" : title));
    if (titleJa != null) {
      doc.add(new StoredField(Fields.TITLE_JA, titleJa));
    }
    if (str(row, "documentCode") != null) {
      doc.add(new StoredField(Fields.DOCUMENT_CODE, str(row, "documentCode")));
    }
    if (str(row, "parent") != null) {
      doc.add(new StringField(Fields.PARENT, str(row, "parent"), Field.Store.YES));
      doc.add(new SortedDocValuesField(Fields.PARENT, new BytesRef(str(row, "parent"))));
    }
    if (str(row, "status") != null) {
      doc.add(new StringField(Fields.STATUS, str(row, "status"), Field.Store.NO));
    }
    if (str(row, "ref") != null) {
      doc.add(new StoredField(Fields.REF, str(row, "ref")));
    }
    String en = Glossary.normalize(nonNull(title));
    String ja = Glossary.normalize(nonNull(titleJa));
    String textEn = Glossary.normalize(str(row, "textEn"));
    String textJa = Glossary.normalize(str(row, "textJa"));
    doc.add(new TextField(Fields.EN_TITLE, en, Field.Store.NO));
    doc.add(new TextField(Fields.EN_TEXT, textEn, Field.Store.NO));
    doc.add(new TextField(Fields.JA_TITLE, ja, Field.Store.NO));
    doc.add(new TextField(Fields.JA_TEXT, textJa, Field.Store.NO));
    doc.add(new TextField(Fields.JP_TITLE, ja, Field.Store.NO));
    doc.add(new TextField(Fields.JP_TEXT, textJa, Field.Store.NO));
    doc.add(
        new Field(
            Fields.SNIPPET_EN,
            Text.collapse((nonNull(title) + ". " + nonNull(str(row, "textEn"))).trim()),
            SNIPPET));
    doc.add(
        new Field(
            Fields.SNIPPET_JA,
            Text.collapse((nonNull(titleJa) + "。" + nonNull(str(row, "textJa"))).trim()),
            SNIPPET));
    if (str(row, "partsEn") != null) {
      doc.add(
          new TextField(
              Fields.EN_PARTS_OF, Glossary.normalize(str(row, "partsEn")), Field.Store.NO));
      String partsJa = Glossary.normalize(str(row, "partsJa"));
      doc.add(new TextField(Fields.JA_PARTS_OF, partsJa, Field.Store.NO));
      doc.add(new TextField(Fields.JP_PARTS_OF, partsJa, Field.Store.NO));
    }
    for (Value code : row.get("codes").values()) {
      if (!code.isNull()) {
        doc.add(new TextField(Fields.CODES, Glossary.normalize(code.asString()), Field.Store.NO));
      }
    }
    List<String> jurisdictions = new ArrayList<>(row.get("jurisdictions").asList(Value::asString));
    jurisdictions.stream()
        .distinct()
        .forEach(j -> doc.add(new StringField(Fields.JURISDICTION, j, Field.Store.NO)));
    row.get("publishers").asList(Value::asString).stream()
        .distinct()
        .forEach(
            p ->
                doc.add(
                    new StringField(
                        Fields.PUBLISHER, p.toLowerCase(java.util.Locale.ROOT), Field.Store.NO)));
    return doc;
  }

  private static String str(Record row, String key) {
    if (!row.containsKey(key)) {
      return null;
    }
    Value v = row.get(key);
    return v == null || v.isNull() ? null : v.asString();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
