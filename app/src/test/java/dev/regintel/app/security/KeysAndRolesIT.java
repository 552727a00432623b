package dev.regintel.app.security;

import static dev.regintel.app.security.Http.bearer;
import static dev.regintel.app.security.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.support.AbstractAppIT;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Keys and roles with the default settings: reads open, every mutation keyed. */
class KeysAndRolesIT extends AbstractAppIT {

  static final String REBUILD = "mutation { rebuildSearchIndex { items generation } }";

  @LocalServerPort int port;
  @Autowired ApiKeys keys;
  Http http;

  @BeforeEach
  void http() {
    http = new Http(port, "127.0.0.1");
  }

  @Test
  void aMutationWithoutAKeyIsRefusedNamingTheRoleItNeeds() {
    JsonNode body = json(http.graphql(REBUILD));
    assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("UNAUTHENTICATED");
    assertThat(body.at("/errors/0/message").asString())
        .contains("'rebuildSearchIndex'", "curator role", "Authorization: Bearer")
        .doesNotContain("Exception");
    assertThat(body.at("/data").isNull()).isTrue();
  }

  @Test
  void aMutationWithAReaderKeyIsForbidden() {
    String reader = keys.create(Role.READER, "reader").key();
    JsonNode body = json(http.graphql(REBUILD, "Authorization", bearer(reader)));
    assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
    assertThat(body.at("/errors/0/message").asString())
        .contains("needs the curator role", "has the reader role");
  }

  @Test
  void aCuratorKeyRebuildsTheSearchIndex() {
    String curator = keys.create(Role.CURATOR, "curator").key();
    HttpResponse<String> response = http.graphql(REBUILD, "Authorization", bearer(curator));
    JsonNode body = json(response);
    assertThat(body.has("errors")).as(body.toString()).isFalse();
    assertThat(body.at("/data/rebuildSearchIndex/items").asInt()).isPositive();
    JsonNode viaHeader = json(http.graphql(REBUILD, "X-API-Key", curator));
    assertThat(viaHeader.at("/data/rebuildSearchIndex/items").asInt()).isPositive();
  }

  @Test
  void anAdminCreatesAndRevokesAKeyAndTheRevokedKeyIsRefused() {
    String admin = keys.create(Role.ADMIN, "admin").key();
    JsonNode created =
        json(
            http.graphql(
                "mutation { createApiKey(role: CURATOR, label: \"ci\") { key apiKey { id role"
                    + " label created revoked } } }",
                "Authorization",
                bearer(admin)));
    assertThat(created.has("errors")).as(created.toString()).isFalse();
    String key = created.at("/data/createApiKey/key").asString();
    String id = created.at("/data/createApiKey/apiKey/id").asString();
    assertThat(key).startsWith("rik_" + id + "_");
    assertThat(created.at("/data/createApiKey/apiKey/role").asString()).isEqualTo("CURATOR");
    assertThat(created.at("/data/createApiKey/apiKey/revoked").isNull()).isTrue();
    assertThat(json(http.graphql(REBUILD, "Authorization", bearer(key))).has("errors")).isFalse();

    JsonNode revoked =
        json(
            http.graphql(
                "mutation { revokeApiKey(id: \"" + id + "\") { id revoked } }",
                "Authorization",
                bearer(admin)));
    assertThat(revoked.at("/data/revokeApiKey/revoked").asString()).isNotBlank();

    HttpResponse<String> refused = http.graphql(REBUILD, "Authorization", bearer(key));
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(json(refused).at("/errors/0/extensions/code").asString())
        .isEqualTo("UNAUTHENTICATED");
    assertThat(json(refused).at("/errors/0/message").asString()).contains(id, "revoked");
  }

  @Test
  void aCuratorMayNotManageKeys() {
    String curator = keys.create(Role.CURATOR, "curator").key();
    JsonNode body =
        json(
            http.graphql(
                "mutation { createApiKey(role: ADMIN) { key } }",
                "Authorization",
                bearer(curator)));
    assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
    assertThat(body.at("/errors/0/message").asString()).contains("admin role");
  }

  @Test
  void anUnknownOrMalformedKeyIsRefusedWith401EvenForReads() {
    HttpResponse<String> unknown =
        http.graphql(
            "{ __typename }", "Authorization", bearer("rik_000000000000_" + "A".repeat(43)));
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(json(unknown).at("/errors/0/message").asString()).contains("not valid");
    HttpResponse<String> basic =
        http.graphql("{ __typename }", "Authorization", "Basic dXNlcjpwYXNz");
    assertThat(basic.statusCode()).isEqualTo(401);
    assertThat(json(basic).at("/errors/0/message").asString()).contains("Bearer");
  }

  @Test
  void readsAreOpenByDefault() {
    HttpResponse<String> query = http.graphql("{ jurisdictions { code } }");
    assertThat(query.statusCode()).isEqualTo(200);
    assertThat(json(query).has("errors")).isFalse();
    assertThat(http.send("GET", "/graphiql").statusCode()).isEqualTo(200);
    assertThat(http.send("GET", "/actuator/health").statusCode()).isEqualTo(200);
  }

  @Test
  void noOriginMayCallFromABrowserByDefault() {
    HttpResponse<String> preflight =
        http.send(
            "OPTIONS",
            "/graphql",
            "Origin",
            "https://elsewhere.example",
            "Access-Control-Request-Method",
            "POST");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }
}
