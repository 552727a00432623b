package dev.regintel.app.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.support.AbstractAppIT;
import dev.regintel.app.support.GraphQlClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The reference data: every jurisdiction and publisher, and where each publisher is based. */
class JurisdictionIT extends AbstractAppIT {

  @LocalServerPort int port;

  JsonNode referenceData() {
    JsonNode body = new GraphQlClient(port).execute("referenceData", Map.of());
    assertThat(body.has("errors")).as(body.toString()).isFalse();
    return body.get("data");
  }

  static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asString()));
    return out;
  }

  @Test
  void jurisdictionsAreListedByCode() {
    List<String> codes = texts(referenceData().get("jurisdictions"), "code");
    assertThat(codes).contains("EU", "GB").isSorted();
  }

  @Test
  void publishersAreListedByNameWithWhereEachIsBased() {
    JsonNode publishers = referenceData().get("publishers");
    assertThat(texts(publishers, "name")).isSortedAccordingTo(Comparator.naturalOrder());
    JsonNode etsi = null;
    for (JsonNode p : publishers) {
      if (p.get("id").asString().equals("pub:etsi")) {
        etsi = p;
      }
    }
    assertThat(etsi).as("pub:etsi in " + publishers).isNotNull();
    assertThat(etsi.get("name").asString())
        .isEqualTo("European Telecommunications Standards Institute");
    assertThat(etsi.at("/jurisdiction/code").asString()).isEqualTo("EU");
  }
}
