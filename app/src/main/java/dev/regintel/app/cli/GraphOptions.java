package dev.regintel.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Which graph a command works on: the embedded Neo4j in a data directory, or a server. */
final class GraphOptions {

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
    return properties;
  }
}
