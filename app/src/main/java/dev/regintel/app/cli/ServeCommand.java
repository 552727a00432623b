package dev.regintel.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code regintel serve}: the GraphQL service, until the JVM is stopped. */
@Command(
    name = "serve",
    header = "serve the GraphQL API (loads seed-data into a new graph)",
    description =
        "Serves GraphQL at /graphql, GraphiQL at /graphiql and health at /actuator/health.")
final class ServeCommand implements Callable<Integer> {

  /** A TCP port. */
  static final class Port extends WholeNumber {
    Port() {
      super(1, 65535);
    }
  }

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      converter = Port.class,
      description = "HTTP port (default ${DEFAULT-VALUE})")
  int port;

  @Mixin GraphOptions graph;

  @Mixin SeedOptions seed;

  @Override
  public Integer call() {
    List<String> properties = graph.properties();
    properties.add("--server.port=" + port);
    properties.addAll(seed.properties());
    AppContexts.web(properties);
    return 0;
  }
}
