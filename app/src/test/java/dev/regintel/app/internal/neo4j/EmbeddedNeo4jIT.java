package dev.regintel.app.internal.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regintel.app.RegintelApplication;
import dev.regintel.app.internal.RegintelException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default: a real Neo4j under the data directory, reached over Bolt on loopback. */
class EmbeddedNeo4jIT {

  @TempDir Path data;

  ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(RegintelApplication.class)
        .web(WebApplicationType.NONE)
        .run(
            "--regintel.data-dir=" + data,
            "--regintel.seed.dir=src/test/resources/seed-reference",
            "--regintel.neo4j.page-cache=64m",
            "--logging.level.root=WARN");
  }

  static long[] counts(Graph graph) {
    var row =
        graph
            .read(
                """
        CALL () { MATCH (n) RETURN count(n) AS nodes }
        CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
        CALL () { MATCH (m:RegintelMeta {key: 'seed'}) RETURN m.firstLoadedAt = m.loadedAt AS once }
        RETURN nodes, rels, once""",
                Map.of())
            .getFirst();
    return new long[] {
      row.get("nodes").asLong(), row.get("rels").asLong(), row.get("once").asBoolean() ? 1 : 0
    };
  }

  @Test
  void restartOnTheSameDataDirKeepsTheDataAndDoesNotSeedTwice() {
    long[] first;
    try (ConfigurableApplicationContext app = start()) {
      assertThat(app.getBean(EmbeddedNeo4j.class).boltUri()).startsWith("bolt://127.0.0.1:");
      first = counts(app.getBean(Graph.class));
      assertThat(first[0]).isGreaterThan(4);
      assertThat(first[2]).isOne();
    }
    try (ConfigurableApplicationContext app = start()) {
      long[] second = counts(app.getBean(Graph.class));
      assertThat(second).containsExactly(first);
    }
  }

  @Test
  void aDataDirLockedByAnotherProcessGivesAClearError() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process holder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                LockHolder.class.getName(),
                data.toString())
            .redirectErrorStream(true)
            .start();
    try {
      var out =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("locked");
      assertThatThrownBy(() -> EmbeddedNeo4j.start(data, 0, "64m"))
          .isInstanceOf(RegintelException.class)
          .hasMessageContaining("is in use by another process")
          .hasMessageContaining("pid " + holder.pid())
          .hasMessageContaining(data.toAbsolutePath().toString());
    } finally {
      holder.destroyForcibly().waitFor();
    }
  }

  @Test
  void theLockIsReleasedWhenTheServerStops() {
    EmbeddedNeo4j.start(data, 0, "64m").close();
    try (EmbeddedNeo4j again = EmbeddedNeo4j.start(data, 0, "64m")) {
      assertThat(again.boltUri()).startsWith("bolt://127.0.0.1:");
    }
  }
}
