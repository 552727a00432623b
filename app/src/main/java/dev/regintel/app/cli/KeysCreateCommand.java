package dev.regintel.app.cli;

import dev.regintel.app.security.ApiKeys;
import dev.regintel.app.security.CreatedApiKey;
import dev.regintel.app.security.Role;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code regintel keys create --role R [--label TEXT]}: prints the new key, once. */
@Command(
    name = "create",
    header = "create an API key and print it (the only time it is shown)",
    description = {
      "Creates an API key with a role and prints it. Only a hash is stored: keep the key, it"
          + " cannot be shown again (revoke it and create another if it is lost)."
    })
final class KeysCreateCommand implements Callable<Integer> {

  /** A role by name, in any case; a wrong one is named with the valid ones. */
  static final class RoleName implements ITypeConverter<Role> {
    @Override
    public Role convert(String name) {
      try {
        return Role.parse(name);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  @Option(
      names = "--role",
      required = true,
      paramLabel = "ROLE",
      converter = RoleName.class,
      description = "what the key may do: reader, vendor, curator or admin")
  Role role;

  @Option(names = "--label", paramLabel = "TEXT", description = "who or what the key is for")
  String label;

  @Mixin GraphOptions graph;

  @Override
  public Integer call() {
    try (ConfigurableApplicationContext context = AppContexts.withoutWeb(graph.properties())) {
      return run(context.getBean(ApiKeys.class), role, label, System.out);
    }
  }

  static int run(ApiKeys keys, Role role, String label, PrintStream out) {
    CreatedApiKey created = keys.create(role, label);
    out.println(created.key());
    out.println();
    out.println(
        "Created key "
            + created.apiKey().id()
            + " with the "
            + role.label()
            + " role. This is the only time the key is shown: store it now.");
    out.println("Send it as 'Authorization: Bearer <key>'.");
    return 0;
  }
}
