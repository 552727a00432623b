package dev.regintel.app.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.support.AbstractGraphQlIT;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Drafts, changes, timelines and versions over the shipped corpus: what is open for comment on a
 * day, what changed, what was published month by month, and the versions of a document in order.
 */
class DraftsIT extends AbstractGraphQlIT {

  static final String NISTIR_8259_2PD = "doc:nist-ir-8259:2pd-2020-01";

  JsonNode data(String query) {
    JsonNode body = client.executeText(query, Map.of());
    assertThat(body.get("errors")).as(body.toString()).isNull();
    return body.get("data");
  }

  JsonNode error(String query) {
    JsonNode body = client.executeText(query, Map.of());
    assertThat(body.get("errors")).as(body.toString()).isNotNull();
    return body.at("/errors/0");
  }

  static List<String> ids(JsonNode documents) {
    List<String> out = new ArrayList<>();
    documents.forEach(d -> out.add(d.get("id").asString()));
    return out;
  }

  @Test
  void openForCommentOnFirstFebruary2020ListsTheNistir8259SecondDraftAndNoDraftClosedBefore() {
    JsonNode open =
        data("""
            { openForComment(asOf: "2020-02-01") { id commentPeriod { opens closes } } }""")
            .get("openForComment");
    assertThat(ids(open)).contains(NISTIR_8259_2PD).doesNotContain("doc:nist-ir-8259:ipd-2019-07");
    open.forEach(
        d -> {
          assertThat(d.at("/commentPeriod/closes").asString()).isGreaterThanOrEqualTo("2020-02-01");
          if (!d.at("/commentPeriod/opens").isNull()) {
            assertThat(d.at("/commentPeriod/opens").asString()).isLessThanOrEqualTo("2020-02-01");
          }
        });
    List<String> closes = new ArrayList<>();
    open.forEach(d -> closes.add(d.at("/commentPeriod/closes").asString()));
    assertThat(closes).as("soonest closing first").isSorted();
  }

  @Test
  void draftsNotYetPublishedAreNotOpenThoughTheirOpeningDayIsUnknown() {
    JsonNode open =
        data("{ openForComment(asOf: \"2020-02-01\") { id published commentPeriod { opens } } }");
    open.get("openForComment")
        .forEach(
            d -> {
              if (d.at("/commentPeriod/opens").isNull()) {
                assertThat(d.get("published").asString()).isLessThanOrEqualTo("2020-02-01");
              }
            });
    assertThat(ids(open.get("openForComment"))).doesNotContain("doc:nist-ir-8259d:ipd-2020-12");
  }

  @Test
  void aPeriodClosingOnThe7thIsOpenOnThe7thAndClosedOnThe8th() {
    JsonNode days =
        data(
            """
            { closingDay: openForComment(asOf: "2020-02-07") { id }
              dayAfter: openForComment(asOf: "2020-02-08") { id } }""");
    assertThat(ids(days.get("closingDay"))).contains(NISTIR_8259_2PD);
    assertThat(ids(days.get("dayAfter"))).doesNotContain(NISTIR_8259_2PD);
  }

  @ParameterizedTest(name = "{0} lists the second draft: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "publishers: [\"NIST\"] | true",
        "publishers: [\"pub:nist\", \"ENISA\"] | true",
        "publishers: [\"ENISA\"] | false",
        "jurisdictions: [\"us\"] | true",
        "jurisdictions: [\"JP\"] | false",
        "kinds: [\"GUIDANCE\"] | true",
        "kinds: [\"REGULATION\"] | false",
        "keywords: [\"Manufacturers\"] | true",
        "keywords: [\"ベースライン\"] | true",
        "keywords: [\"ＩｏＴ\"] | true",
        "keywords: [\"quantum\", \"量子\"] | false",
        "publishers: [\"NIST\"], keywords: [\"製造者\"], kinds: [\"GUIDANCE\"] | true",
      })
  void openForCommentFilters(String filter, boolean listed) {
    JsonNode open =
        data("{ openForComment(asOf: \"2020-02-01\", " + filter + ") { id } }")
            .get("openForComment");
    if (listed) {
      assertThat(ids(open)).contains(NISTIR_8259_2PD);
    } else {
      assertThat(ids(open)).doesNotContain(NISTIR_8259_2PD);
    }
  }

  @Test
  void changesSinceAnInstantListTheSeedLoadsEventsNewestFirst() {
    JsonNode changes =
        data("""
            { changes(since: "2000-01-01T00:00:00Z", first: 1000,
                      publishers: ["NIST"], keywords: ["8259"]) {
                at kind nodeId document { id publisher { id } } } }""")
            .get("changes");
    List<String> at = new ArrayList<>();
    List<String> documents = new ArrayList<>();
    changes.forEach(
        c -> {
          at.add(c.get("at").asString());
          documents.add(c.at("/document/id").asString());
          assertThat(c.at("/document/publisher/id").asString()).isEqualTo("pub:nist");
        });
    assertThat(documents).contains(NISTIR_8259_2PD, "doc:nist-ir-8259a:final");
    List<String> newestFirst = new ArrayList<>(at);
    newestFirst.sort(Collections.reverseOrder());
    assertThat(at).isEqualTo(newestFirst);
  }

  @Test
  void changesFilterByKindOfChangeAndNothingIsNewerThanTheFuture() {
    JsonNode data =
        data(
            """
            { versions: changes(since: "2000-01-01T00:00:00Z", changeKinds: ["NEW_VERSION"]) { kind }
              future: changes(since: "2999-01-01T00:00:00Z") { kind } }""");
    assertThat(data.get("versions").size()).isPositive();
    data.get("versions")
        .forEach(c -> assertThat(c.get("kind").asString()).isEqualTo("NEW_VERSION"));
    assertThat(data.get("future").size()).isZero();
  }

  @Test
  void theTimelineOf2019ForNistHasTheSurveysRows() {
    JsonNode timeline =
        data("""
            { timeline(from: "2019-01-01", to: "2019-12-31", publishers: ["NIST"]) {
                period precision count documents { id } } }""")
            .get("timeline");
    Map<String, List<String>> byPeriod = new java.util.LinkedHashMap<>();
    timeline.forEach(p -> byPeriod.put(p.get("period").asString(), ids(p.get("documents"))));
    // The NEDO/SIP survey (February 2020), table of NIST publications: its 2019 rows.
    assertThat(byPeriod.keySet())
        .containsSubsequence("2019-02", "2019-04", "2019-06", "2019-07", "2019-10");
    assertThat(byPeriod.get("2019-02"))
        .contains("doc:nist-iot-core-baseline-considerations:2019-02");
    assertThat(byPeriod.get("2019-04")).contains("doc:nist-csf-roadmap:1.1");
    assertThat(byPeriod.get("2019-06")).contains("doc:nist-ir-8228:final");
    assertThat(byPeriod.get("2019-07")).contains("doc:nist-ir-8259:ipd-2019-07");
    assertThat(byPeriod.get("2019-10")).contains("doc:nist-ir-8267:ipd-2019-10");
    timeline.forEach(p -> assertThat(p.get("count").asInt()).isEqualTo(p.get("documents").size()));
  }

  @Test
  void documentsOfAFamilyAreNistir8259ItsCompanionsAndTheirDrafts() {
    for (String family : List.of("nist-ir-8259", "NISTIR 8259A", "NIST IR 8259")) {
      JsonNode edges =
          data("{ documents(filter: {family: \"%s\"}, first: 100, orderBy: PUBLISHED) { edges { node { id published } } } }"
                  .formatted(family))
              .at("/documents/edges");
      List<String> ids = new ArrayList<>();
      edges.forEach(e -> ids.add(e.at("/node/id").asString()));
      assertThat(ids)
          .as(family)
          .contains(
              "doc:nist-ir-8259:ipd-2019-07",
              NISTIR_8259_2PD,
              "doc:nist-ir-8259:final",
              "doc:nist-ir-8259a:final",
              "doc:nist-ir-8259b:ipd-2020-12",
              "doc:nist-ir-8259b:final",
              "doc:nist-ir-8259c:ipd-2020-12",
              "doc:nist-ir-8259d:ipd-2020-12")
          .doesNotContain("doc:nist-ir-8425:final", "doc:nist-ir-8228:final")
          .containsSubsequence(
              "doc:nist-ir-8259:ipd-2019-07", NISTIR_8259_2PD, "doc:nist-ir-8259:final");
    }
  }

  @Test
  void documentsSortNewestFirstByDate() {
    JsonNode edges =
        data("{ documents(orderBy: PUBLISHED_DESC, first: 500) { edges { node { published } } } }")
            .at("/documents/edges");
    List<String> dates = new ArrayList<>();
    edges.forEach(
        e -> {
          if (!e.at("/node/published").isNull()) {
            dates.add(e.at("/node/published").asString().substring(0, 4));
          }
        });
    List<String> expected = new ArrayList<>(dates);
    expected.sort(Collections.reverseOrder());
    assertThat(dates).isEqualTo(expected);
  }

  @Test
  void supersedesAndSupersededByAreAlwaysAmongTheVersionsOnTheRightSide() {
    String page =
        """
        { documents(first: 500, after: %s) { pageInfo { hasNextPage endCursor }
            edges { node { id supersedes { id } supersededBy { id } versions { id } } } } }""";
    String after = "null";
    int checked = 0;
    while (true) {
      JsonNode documents = data(page.formatted(after)).get("documents");
      for (JsonNode e : documents.get("edges")) {
        JsonNode d = e.get("node");
        List<String> versions = ids(d.get("versions"));
        String id = d.get("id").asString();
        assertThat(versions).as(id).contains(id);
        if (!d.get("supersedes").isNull()) {
          String older = d.at("/supersedes/id").asString();
          assertThat(versions).as(id + " supersedes " + older).containsSubsequence(older, id);
          checked++;
        }
        if (!d.get("supersededBy").isNull()) {
          String newer = d.at("/supersededBy/id").asString();
          assertThat(versions).as(id + " superseded by " + newer).containsSubsequence(id, newer);
          checked++;
        }
      }
      if (!documents.at("/pageInfo/hasNextPage").asBoolean()) {
        break;
      }
      after = "\"" + documents.at("/pageInfo/endCursor").asString() + "\"";
    }
    assertThat(checked).isGreaterThan(20);
  }

  @Test
  void theUkRegulationsAsMadeComeAfterTheirDraft() {
    JsonNode versions =
        data("{ document(code: \"UK SI 2023/1007\") { versions { id } } }")
            .at("/document/versions");
    assertThat(ids(versions))
        .containsExactly("doc:uk-si-2023-1007:draft-2023-07", "doc:uk-si-2023-1007");
  }

  @ParameterizedTest(name = "{0} on {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "NISTIR 8259 | 2019-08-01 | doc:nist-ir-8259:ipd-2019-07",
        "NISTIR 8259 | 2020-02-01 | doc:nist-ir-8259:2pd-2020-01",
        "NISTIR 8259 | 2020-06-01 | doc:nist-ir-8259:final",
        "NISTIR 8259 | 2026-01-01 | doc:nist-ir-8259:final",
        "UK SI 2023/1007 | 2023-08-01 | doc:uk-si-2023-1007:draft-2023-07",
        "UK SI 2023/1007 | 2023-09-14 | doc:uk-si-2023-1007",
      })
  void documentAsOfADayAnswersTheVersionOfThatDay(String code, String day, String id) {
    JsonNode body =
        client.executeText(
            "query($c: String!, $d: Date) { document(code: $c, asOf: $d) { id } }",
            Map.of("c", code, "d", day));
    assertThat(body.at("/data/document/id").asString()).as(body.toString()).isEqualTo(id);
  }

  @Test
  void documentAsOfADayBeforeAnyVersionIsNotFound() {
    JsonNode e = error("{ document(code: \"NISTIR 8259\", asOf: \"2019-01-01\") { id } }");
    assertThat(e.at("/extensions/code").asString()).isEqualTo("NOT_FOUND");
    assertThat(e.get("message").asString()).contains("2019-01-01");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{ timeline(from: \"2010-01-01\", to: \"2020-01-02\") { period } } | 10 years",
        "{ timeline(from: \"2020-01-02\", to: \"2020-01-01\") { period } } | before from",
        "{ changes(since: \"2020-01-01T00:00:00Z\", first: 1001) { kind } } | first",
        "{ changes(since: \"2020-01-01T00:00:00Z\", first: -1) { kind } } | first",
        "{ changes(since: \"2020-01-01T00:00:00Z\", changeKinds: []) { kind } } | changeKinds",
        "{ openForComment(publishers: []) { id } } | publishers",
        "{ openForComment(jurisdictions: [\" \"]) { id } } | jurisdictions",
        "{ openForComment(kinds: [\"A\",\"B\",\"C\",\"D\",\"E\",\"F\",\"G\",\"H\",\"I\",\"J\",\"K\",\"L\",\"M\",\"N\",\"O\",\"P\",\"Q\",\"R\",\"S\",\"T\",\"U\"]) { id } } | kinds",
        "{ openForComment(keywords: [\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"]) { id } } | keywords",
        "{ documents(filter: {family: \" \"}) { totalCount } } | filter.family",
      })
  void badArgumentsAreBadUserInputNamingTheArgument(String query, String named) {
    JsonNode e = error(query);
    assertThat(e.at("/extensions/code").asString()).as(e.toString()).isEqualTo("BAD_USER_INPUT");
    assertThat(e.get("message").asString()).contains(named);
  }
}
