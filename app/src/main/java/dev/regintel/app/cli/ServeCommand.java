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

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description =
          "address HTTP listens on (default ${DEFAULT-VALUE}, this machine only); 0.0.0.0 for every"
              + " interface of a server, behind a TLS-terminating proxy")
  String host;

  @Option(
      names = "--management-port",
      paramLabel = "N",
      converter = Port.class,
      description =
          "serve health with its details, info, metrics and Prometheus on this port of 127.0.0.1"
              + " (default: none); the HTTP port then answers /health with the status alone")
  Integer managementPort;

  @Mixin GraphOptions graph;

  @Mixin SeedOptions seed;

  @Override
  public Integer call() {
    AppContexts.web(properties());
    return 0;
  }

  /** The app's settings for the options given, as command-line properties. */
  List<String> properties() {
    List<String> properties = graph.properties();
    properties.add("--server.port=" + port);
    properties.add("--server.address=" + host);
    if (managementPort != null) {
      properties.addAll(ManagementPort.properties(managementPort));
    }
    properties.addAll(seed.properties());
    return properties;
  }
}
