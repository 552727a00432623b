package dev.regintel.app.security;

import dev.regintel.app.internal.graphql.ApiException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code createApiKey}, {@code revokeApiKey}: admins manage keys through the API too. */
@Controller
class ApiKeyController {

  private final ApiKeys keys;

  ApiKeyController(ApiKeys keys) {
    this.keys = keys;
  }

  @MutationMapping
  CreatedApiKey createApiKey(@Argument Role role, @Argument String label) {
    return keys.create(role, label);
  }

  @MutationMapping
  ApiKey revokeApiKey(@Argument String id) {
    return keys.revoke(id)
        .orElseThrow(() -> ApiException.notFound("No API key has the id '" + id + "'."));
  }
}
