package dev.regintel.app.security;

import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Hands the request's key to GraphQL execution: it is read here, on the request's thread where
 * {@link ApiKeyFilter} put it, and kept in the GraphQL context under {@code ApiKey.class}, where
 * {@link MutationGuard} finds it whatever thread a field runs on.
 */
@Component
class KeyInGraphQlContext implements WebGraphQlInterceptor {

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication instanceof ApiKeyAuthentication keyed) {
      request.configureExecutionInput(
          (input, builder) ->
              builder.graphQLContext(Map.of(ApiKey.class, keyed.getPrincipal())).build());
    }
    return chain.next(request);
  }
}
