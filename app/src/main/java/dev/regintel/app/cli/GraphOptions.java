package dev.regintel.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Which graph a command works on: the embedded Neo4j in a data directory, or a server. */
final class GraphOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "data directory (default ./data) of the embedded Neo4j store and the search index;"
              + " one process at a time may use it")
  Path data;

  @Option(
      names = "--neo4j-uri",
      paramLabel = "URI",
      description =
          "use this Neo4j server or cluster (neo4j://, neo4j+s://, bolt://) instead of the embedded"
              + " one; user and password from REGINTEL_NEO4J_USER / REGINTEL_NEO4J_PASSWORD")
  String neo4jUri;

  @Option(
      names = "--bolt-port",
      paramLabel = "N",
      converter = ServeCommand.Port.class,
      description =
          "Bolt port of the embedded Neo4j on 127.0.0.1 (default: a free one), for another process"
              + " to connect to with the password in <data>/bolt-password")
  Integer boltPort;

  /**
   * The app's settings for these options, as command-line properties; none for an option left out.
   */
  List<String> properties() {
    List<String> properties = new ArrayList<>();
    if (data != null) {
      properties.add("--regintel.data-dir=" + data);
    }
    if (neo4jUri != null) {
      properties.add("--regintel.neo4j.uri=" + neo4jUri);
    }
    if (boltPort != null && neo4jUri != null) {
      throw new ParameterException(
          command.commandLine(),
          "--bolt-port sets the embedded Neo4j's port; with --neo4j-uri no embedded one starts");
    }
    if (boltPort != null) {
      properties.add("--regintel.neo4j.bolt-port=" + boltPort);
    }
    return properties;
  }
}
