package dev.regintel.app.cli;

import dev.regintel.app.internal.RegintelException;
import dev.regintel.app.security.ApiKey;
import dev.regintel.app.security.ApiKeys;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code regintel keys revoke ID}: requests with the key are refused from then on. */
@Command(
    name = "revoke",
    header = "revoke an API key: requests with it are refused from now on",
    description = {
      "Revokes the key with this id (as 'keys list' shows it). A running service refuses the key"
          + " from its next request on."
    })
final class KeysRevokeCommand implements Callable<Integer> {

  @Parameters(paramLabel = "ID", description = "the key's id, as 'regintel keys list' shows it")
  String id;

  @Mixin GraphOptions graph;

  @Override
  public Integer call() {
    try (ConfigurableApplicationContext context = AppContexts.withoutWeb(graph.properties())) {
      return run(context.getBean(ApiKeys.class), id, System.out);
    }
  }

  /**
   * @throws RegintelException when no key has the id (exit status 1)
   */
  static int run(ApiKeys keys, String id, PrintStream out) {
    ApiKey key =
        keys.revoke(id)
            .orElseThrow(
                () ->
                    new RegintelException(
                        "no API key has the id '" + id + "'; 'regintel keys list' shows them"));
    out.println("Revoked key " + key.id() + " (" + key.role().label() + ") at " + key.revoked());
    return 0;
  }
}
