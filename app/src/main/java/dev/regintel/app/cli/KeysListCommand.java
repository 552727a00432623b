package dev.regintel.app.cli;

import dev.regintel.app.security.ApiKey;
import dev.regintel.app.security.ApiKeys;
import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code regintel keys list}: every key's id, role, label and times; never a key. */
@Command(
    name = "list",
    header = "list the API keys (ids, roles, labels, created, revoked; never the keys)")
final class KeysListCommand implements Callable<Integer> {

  @Mixin GraphOptions graph;

  @Override
  public Integer call() {
    try (ConfigurableApplicationContext context = AppContexts.withoutWeb(graph.properties())) {
      return run(context.getBean(ApiKeys.class), System.out);
    }
  }

  static int run(ApiKeys keys, PrintStream out) {
    List<ApiKey> all = keys.list();
    if (all.isEmpty()) {
      out.println("No API keys. Create one with: regintel keys create --role ROLE");
      return 0;
    }
    String format = "%-12s  %-7s  %-20s  %-20s  %s%n";
    out.printf(Locale.ROOT, format, "id", "role", "created", "revoked", "label");
    for (ApiKey key : all) {
      out.printf(
          Locale.ROOT,
          format,
          key.id(),
          key.role().label(),
          time(key.created()),
          key.revoked() == null ? "-" : time(key.revoked()),
          key.label() == null ? "" : key.label());
    }
    return 0;
  }

  private static String time(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
