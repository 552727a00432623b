package dev.regintel.app.security;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLObjectType;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Every mutation needs a key whose role is at least the one its field names with {@code
 * @requiresRole(role: ...)} in the schema; a mutation field that names none needs {@link
 * Role#ADMIN}, so a new mutation is closed until someone opens it. Refusals are GraphQL errors
 * with {@code extensions.code} UNAUTHENTICATED or FORBIDDEN and a message naming the role needed.
 */
@Component
class MutationGuard extends SimplePerformantInstrumentation {

  static final String DIRECTIVE = "requiresRole";

  @Override
  public DataFetcher<?> instrumentDataFetcher(
      DataFetcher<?> fetcher,
      InstrumentationFieldFetchParameters parameters,
      InstrumentationState state) {
    DataFetchingEnvironment env = parameters.getEnvironment();
    GraphQLObjectType mutation = env.getGraphQLSchema().getMutationType();
    if (mutation == null
        || !(env.getParentType() instanceof GraphQLObjectType parent)
        || !parent.getName().equals(mutation.getName())) {
      return fetcher;
    }
    Role needed = needed(env);
    return call -> {
      ApiKey key = call.getGraphQlContext().get(ApiKey.class);
      String field = call.getField().getName();
      if (key == null) {
        return refusal(
            call,
            ErrorType.UNAUTHORIZED,
            "UNAUTHENTICATED",
            "'"
                + field
                + "' needs an API key with the "
                + needed.label()
                + " role or above; send it as 'Authorization: Bearer <key>'.");
      }
      if (!key.role().includes(needed)) {
        return refusal(
            call,
            ErrorType.FORBIDDEN,
            "FORBIDDEN",
            "'"
                + field
                + "' needs the "
                + needed.label()
                + " role or above; key "
                + key.id()
                + " has the "
                + key.role().label()
                + " role.");
      }
      return fetcher.get(call);
    };
  }

  /** The role the field's {@code @requiresRole} names; admin when it names none. */
  static Role needed(DataFetchingEnvironment env) {
    GraphQLAppliedDirective directive = env.getFieldDefinition().getAppliedDirective(DIRECTIVE);
    if (directive == null) {
      return Role.ADMIN;
    }
    Object role = directive.getArgument("role").getValue();
    return Role.parse(String.valueOf(role));
  }

  private static DataFetcherResult<Object> refusal(
      DataFetchingEnvironment env, ErrorType type, String code, String message) {
    return DataFetcherResult.newResult()
        .error(
            GraphqlErrorBuilder.newError(env)
                .errorType(type)
                .message(message)
                .extensions(Map.of("code", code))
                .build())
        .build();
  }
}
