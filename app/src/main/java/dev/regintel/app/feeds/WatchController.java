package dev.regintel.app.feeds;

import dev.regintel.app.drafts.DraftFilter;
import dev.regintel.app.internal.graphql.ApiException;
import dev.regintel.app.security.ApiKey;
import graphql.GraphQLContext;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code watches}, {@code createWatch} and {@code deleteWatch}: a key of any role keeps its own
 * watches, and sees and deletes no other key's.
 */
@Controller
class WatchController {

  /** The most watches one key keeps. */
  static final int MAX_WATCHES_PER_KEY = 100;

  /** The most characters of a watch's name. */
  static final int MAX_NAME_LENGTH = 100;

  private final Watches watches;

  WatchController(Watches watches) {
    this.watches = watches;
  }

  @QueryMapping
  List<Watch> watches(GraphQLContext context) {
    return watches.of(key(context, "watches").id());
  }

  @MutationMapping
  Watch createWatch(@Argument WatchInput input, GraphQLContext context) {
    ApiKey key = key(context, "createWatch");
    String name = input.name() == null ? null : input.name().strip();
    if (name != null && (name.isEmpty() || name.length() > MAX_NAME_LENGTH)) {
      throw ApiException.badInput(
          "name must be 1 to " + MAX_NAME_LENGTH + " characters and not blank");
    }
    DraftFilter filter =
        DraftFilter.of(input.publishers(), input.jurisdictions(), input.kinds(), input.keywords());
    return watches
        .create(key.id(), name, filter, MAX_WATCHES_PER_KEY)
        .orElseThrow(
            () ->
                ApiException.badInput(
                    "key "
                        + key.id()
                        + " has "
                        + MAX_WATCHES_PER_KEY
                        + " watches already, the most one key keeps; delete one first"));
  }

  @MutationMapping
  Watch deleteWatch(@Argument String id, GraphQLContext context) {
    ApiKey key = key(context, "deleteWatch");
    // Another key's watch is answered as missing, so ids cannot be probed.
    return watches
        .delete(key.id(), id)
        .orElseThrow(() -> ApiException.notFound("key " + key.id() + " has no watch " + id));
  }

  @SchemaMapping(typeName = "Watch")
  Watch.Feeds feeds(Watch watch) {
    return watch.feeds();
  }

  /**
   * The key of the request. Mutations are checked by the guard before they get here; {@code
   * watches} is a query, and queries may be open, so it checks for itself.
   */
  private static ApiKey key(GraphQLContext context, String field) {
    ApiKey key = context.get(ApiKey.class);
    if (key == null) {
      throw new ApiException(
          ApiException.Code.UNAUTHENTICATED,
          "'"
              + field
              + "' needs an API key of any role: watches belong to the key that saved them;"
              + " send it as 'Authorization: Bearer <key>'.");
    }
    return key;
  }
}
