package dev.regintel.bench;

import dev.regintel.bench.Vocabulary.Place;
import dev.regintel.ontology.DocumentStatus;
import dev.regintel.ontology.Ids;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The properties of each synthetic node, by the names the seed loader ({@code ingest/SeedPlanner})
 * writes, with absent values left out as the loader leaves them; and where each fact says it was
 * read ({@code srcUrl}, under the reserved domain of {@link SyntheticGraph#SOURCE}, with {@code
 * srcMethod = 'IMPORT'}).
 */
final class SyntheticNodes {

  static final String IMPORT = "IMPORT";

  private SyntheticNodes() {}

  /** A node's properties; null values are dropped, as the loader's {@code SET +=} drops them. */
  static Map<String, Object> props(String srcUrl, Object... keyValues) {
    Map<String, Object> props = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      if (keyValues[i + 1] != null) {
        props.put((String) keyValues[i], keyValues[i + 1]);
      }
    }
    props.put("srcUrl", srcUrl);
    props.put("srcMethod", IMPORT);
    return props;
  }

  static Map<String, Object> jurisdiction(Place place) {
    return props(
        placeUrl(place), "code", place.code(), "name", place.name(), "nameJa", place.nameJa());
  }

  static Map<String, Object> publisher(SyntheticGraph g, int i) {
    String place = g.corpus.places[g.corpus.publisherPlace[i]].code();
    return props(
        publisherUrl(i),
        "id",
        g.publisherId(i),
        "name",
        "Synthetic publisher " + i + " (" + place + ")",
        "nameJa",
        "架空の発行機関 " + i + "（" + place + "）",
        "abbreviation",
        "SP" + i,
        "url",
        publisherUrl(i));
  }

  static Map<String, Object> document(SyntheticGraph g, int d) {
    SyntheticCorpus c = g.corpus;
    Vocabulary.Kind kind = c.kind(d);
    String code = c.code(d);
    String version = "V" + c.docVersion[d];
    SyntheticText.Text words = SyntheticText.document(g, d);
    LocalDate published = LocalDate.ofEpochDay(c.docPublished[d]);
    String status = DocumentStatus.values()[c.docStatus[d]].name();
    return props(
        documentUrl(c, d),
        "id",
        c.docId[d],
        "code",
        code,
        "codeKey",
        Ids.codeKey(code),
        "version",
        version,
        "versionKey",
        Ids.codeKey(version),
        "title",
        words.title(),
        "titleJa",
        words.titleJa(),
        "summary",
        words.text(),
        "summaryJa",
        words.textJa(),
        "kind",
        kind.name(),
        "status",
        status,
        "published",
        published,
        "publishedPrecision",
        "DAY",
        "inForce",
        kind.binding() ? published.plusDays(180) : null,
        "url",
        documentUrl(c, d),
        "family",
        c.work(d),
        "textLicence",
        "CC0-1.0");
  }

  static Map<String, Object> requirement(SyntheticGraph g, int r) {
    SyntheticCorpus c = g.corpus;
    String ref = c.ref(r);
    int parent = c.reqParent[r];
    SyntheticText.Text words = SyntheticText.requirement(g, r);
    return props(
        documentUrl(c, c.reqDoc[r]),
        "id",
        c.reqId[r],
        "ref",
        ref,
        "refKey",
        Ids.slug(ref),
        "documentId",
        c.docId[c.reqDoc[r]],
        "order",
        (long) (r - c.docFirst[c.reqDoc[r]]),
        "title",
        words.title(),
        "titleJa",
        words.titleJa(),
        "text",
        words.text(),
        "textJa",
        words.textJa(),
        "obligation",
        SyntheticCorpus.OBLIGATIONS[c.reqObligation[r]],
        "parentId",
        parent < 0 ? null : c.reqId[parent]);
  }

  static Map<String, Object> control(SyntheticGraph g, int i) {
    Vocabulary.Topic topic = g.topic(g.products.controlTopic[i]);
    SyntheticText.Text words = SyntheticText.control(g, i);
    return props(
        controlUrl(i),
        "id",
        g.controlId(i),
        "name",
        words.title(),
        "nameJa",
        words.titleJa(),
        "description",
        words.text(),
        "descriptionJa",
        words.textJa(),
        "category",
        topic.category());
  }

  static Map<String, Object> supplier(SyntheticGraph g, int i) {
    return props(
        SyntheticGraph.SOURCE + "suppliers/" + i,
        "id",
        g.supplierId(i),
        "name",
        "Synthetic maker " + i,
        "nameJa",
        "架空のメーカー " + i,
        "url",
        SyntheticGraph.SOURCE + "suppliers/" + i,
        "example",
        false);
  }

  static Map<String, Object> device(SyntheticGraph g, int d) {
    String category = Vocabulary.DEVICE_CATEGORIES.get(g.products.deviceCategory[d]);
    return props(
        deviceUrl(d),
        "id",
        g.deviceId(d),
        "name",
        "Synthetic " + category.toLowerCase(Locale.ROOT).replace('_', ' ') + " " + d,
        "nameJa",
        "架空の機器 " + d,
        "category",
        category,
        "example",
        false);
  }

  static Map<String, Object> rule(SyntheticGraph g, int i) {
    SyntheticRules r = g.rules;
    SyntheticCorpus c = g.corpus;
    String place = c.places[r.place[i]].code();
    List<String> categories = SyntheticRules.names(r.categories[i]);
    String scope = SyntheticRules.SCOPES[r.scope[i]];
    LocalDate from = LocalDate.ofEpochDay(r.from[i]);
    return props(
        ruleUrl(g, i),
        "id",
        g.ruleId(i),
        "jurisdiction",
        place,
        "categories",
        categories,
        "excludedCategories",
        SyntheticRules.names(r.excluded[i]),
        "from",
        from,
        "until",
        r.until[i] < 0 ? null : LocalDate.ofEpochDay(r.until[i]),
        "scope",
        scope,
        "reason",
        "Synthetic rule: "
            + c.code(r.document[i])
            + " applies in "
            + place
            + " to "
            + (categories.isEmpty() ? "every device category" : String.join(", ", categories))
            + " from "
            + from
            + " ("
            + scope
            + ").",
        "reasonJa",
        place + "で" + from + "から適用される架空の規則（" + scope + "）。");
  }

  static String placeUrl(Place place) {
    return SyntheticGraph.SOURCE + "jurisdictions/" + place.code();
  }

  static String publisherUrl(int i) {
    return SyntheticGraph.SOURCE + "publishers/" + i;
  }

  static String documentUrl(SyntheticCorpus c, int d) {
    return SyntheticGraph.SOURCE + "documents/" + c.work(d) + "/v" + c.docVersion[d];
  }

  static String mappingUrl(SyntheticGraph g, int topic) {
    return SyntheticGraph.SOURCE + "mappings/" + Ids.slug(g.topicName(topic));
  }

  static String controlUrl(int i) {
    return SyntheticGraph.SOURCE + "controls/" + i;
  }

  static String deviceUrl(int d) {
    return SyntheticGraph.SOURCE + "devices/" + d;
  }

  static String ruleUrl(SyntheticGraph g, int i) {
    return SyntheticGraph.SOURCE + "rules/" + g.ruleId(i).substring("rule:".length());
  }
}
