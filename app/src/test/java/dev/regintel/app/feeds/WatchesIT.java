package dev.regintel.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.security.ApiKeys;
import dev.regintel.app.security.Role;
import dev.regintel.app.support.AbstractAppIT;
import dev.regintel.app.support.GraphQlClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Watches belong to the key that saved them, and give feeds that answer. */
class WatchesIT extends AbstractAppIT {

  static final String CREATE =
      """
      mutation { createWatch(input: {name: "NIST IoT", publishers: ["NIST"], keywords: ["8259"]}) {
        id name publishers keywords created feeds { changes openForComment deadlines } } }""";

  @LocalServerPort int port;
  @Autowired ApiKeys keys;

  JsonNode graphql(String key, String query) {
    return new GraphQlClient(port).executeText(query, Map.of(), key);
  }

  @Test
  void withoutAKeyWatchesAreRefused() {
    assertThat(graphql(null, CREATE).at("/errors/0/extensions/code").asString())
        .isEqualTo("UNAUTHENTICATED");
    assertThat(graphql(null, "{ watches { id } }").at("/errors/0/extensions/code").asString())
        .isEqualTo("UNAUTHENTICATED");
    assertThat(
            graphql(null, "mutation { deleteWatch(id: \"watch:x\") { id } }")
                .at("/errors/0/extensions/code")
                .asString())
        .isEqualTo("UNAUTHENTICATED");
  }

  @Test
  void aReaderKeyManagesItsOwnWatchesOnly() {
    String mine = keys.create(Role.READER, "watcher").key();
    String theirs = keys.create(Role.READER, "other watcher").key();
    JsonNode created = graphql(mine, CREATE);
    assertThat(created.get("errors")).as(created.toString()).isNull();
    JsonNode watch = created.at("/data/createWatch");
    String id = watch.get("id").asString();
    assertThat(id).startsWith("watch:");
    assertThat(watch.at("/feeds/openForComment").asString())
        .isEqualTo("/feeds/open-for-comment.atom?publishers=NIST&keywords=8259");
    assertThat(watch.at("/feeds/deadlines").asString())
        .isEqualTo("/feeds/deadlines.ics?publishers=NIST&keywords=8259");

    assertThat(graphql(mine, "{ watches { id } }").at("/data/watches").findValuesAsString("id"))
        .containsExactly(id);
    assertThat(graphql(theirs, "{ watches { id } }").at("/data/watches").size()).isZero();
    String delete = "mutation { deleteWatch(id: \"" + id + "\") { id } }";
    assertThat(graphql(theirs, delete).at("/errors/0/extensions/code").asString())
        .isEqualTo("NOT_FOUND");
    assertThat(graphql(mine, delete).at("/data/deleteWatch/id").asString()).isEqualTo(id);
    assertThat(graphql(mine, "{ watches { id } }").at("/data/watches").size()).isZero();
  }

  @Test
  void aWatchsFeedAnswers() throws Exception {
    String key = keys.create(Role.READER, "feed watcher").key();
    JsonNode watch = graphql(key, CREATE).at("/data/createWatch");
    String path = watch.at("/feeds/openForComment").asString() + "&asOf=2020-02-01";
    var feed = FeedsIT.atom(dev.regintel.app.support.Http.get(port, path));
    assertThat(FeedsIT.ids(feed))
        .containsExactly("tag:regintel.dev,2026:" + FeedsIT.NISTIR_8259_2PD);
    graphql(key, "mutation { deleteWatch(id: \"" + watch.get("id").asString() + "\") { id } }");
  }

  @Test
  void badFiltersAreBadUserInput() {
    String key = keys.create(Role.READER, "bad watcher").key();
    JsonNode body = graphql(key, "mutation { createWatch(input: {keywords: []}) { id } }");
    assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
    assertThat(body.at("/errors/0/message").asString()).contains("keywords must hold 1 to 20");
  }
}
