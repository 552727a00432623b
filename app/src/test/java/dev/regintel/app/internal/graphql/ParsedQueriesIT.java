package dev.regintel.app.internal.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.support.AbstractAppIT;
import dev.regintel.app.support.GraphQlClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The parsed-query cache in the running app: variables still count, errors still come back. */
class ParsedQueriesIT extends AbstractAppIT {

  @LocalServerPort int port;
  @Autowired ParsedQueries parsedQueries;

  static final String CONTROL = "query C($id: ID!) { control(id: $id) { id name } }";

  @Test
  void theSameTextWithOtherVariablesGivesTheirAnswer() {
    GraphQlClient client = new GraphQlClient(port);
    JsonNode first = client.executeText(CONTROL, Map.of("id", "ctl:unique-password"));
    int held = parsedQueries.size();
    JsonNode second = client.executeText(CONTROL, Map.of("id", "ctl:no-such-control"));
    JsonNode third = client.executeText(CONTROL, Map.of("id", "ctl:unique-password"));

    assertThat(first.at("/data/control/id").asString()).isEqualTo("ctl:unique-password");
    assertThat(second.at("/errors/0/message").asString())
        .isEqualTo("No control with id 'ctl:no-such-control'");
    assertThat(third).isEqualTo(first);
    assertThat(parsedQueries.size()).isEqualTo(held);
  }

  @Test
  void anInvalidTextIsRejectedEveryTime() {
    GraphQlClient client = new GraphQlClient(port);
    String invalid = "{ control(id: \"ctl:unique-password\") { noSuchField } }";
    for (int i = 0; i < 2; i++) {
      JsonNode body = client.executeText(invalid, Map.of());
      assertThat(body.at("/errors/0/message").asString()).contains("noSuchField");
      assertThat(body.at("/data").isMissingNode() || body.at("/data").isNull()).isTrue();
    }
  }
}
