package dev.regintel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regintel.app.cli.Main;
import dev.regintel.app.internal.RegintelException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.GraphDatabase;

/**
 * The service a trace benchmark measures, started in a JVM of its own as {@code regintel serve}
 * starts it: it answers GraphQL, its Bolt port takes a driver, its round-trip counter is readable
 * and counts what a request sends, and closing it ends the process.
 */
class ServiceProcessIT {

  @TempDir Path data;

  @Test
  void theServiceRunsInItsOwnJvmAndCountsItsRoundTrips() throws Exception {
    ServiceProcess service = ServiceProcess.start(data, "64m");
    try {
      assertThat(service.pid()).isNotEqualTo(ProcessHandle.current().pid());
      try (var driver = GraphDatabase.driver(service.bolt().toString(), service.auth())) {
        long nodes =
            driver
                .executableQuery("MATCH (c:Control) RETURN count(c) AS n")
                .execute()
                .records()
                .getFirst()
                .get("n")
                .asLong();
        assertThat(nodes).as("no seed data is loaded").isZero();
      }
      long before = service.roundTrips();
      String body =
          post(service.endpoint(), "{\"query\":\"{ control(id: \\\"ctl:none\\\") { id } }\"}");
      assertThat(body).contains("No control with id 'ctl:none'");
      assertThat(service.roundTrips() - before).isEqualTo(1);
      assertThat(Files.readString(data.resolve("service.log"))).contains("Tomcat started on port");
    } finally {
      service.close();
    }
    assertThat(service.alive()).isFalse();
  }

  @Test
  void theCommandIsServeWithoutSeedDataOnTheEmbeddedNeo4j() {
    List<String> command =
        ServiceProcess.command(data, "64m", new ServiceProcess.Ports(18123, 18124, 17687));
    assertThat(command)
        .contains(
            "-Dregintel.neo4j.uri=",
            "-Dregintel.neo4j.bolt-port=17687",
            "-Dregintel.neo4j.page-cache=64m",
            "-Dregintel.security.rate-limit.per-address=0",
            "-Dregintel.security.rate-limit.per-key=0",
            "--no-seed")
        .containsSubsequence(
            "serve",
            "--port",
            "18123",
            "--management-port",
            "18124",
            "--data",
            data.toAbsolutePath().toString());
    assertThat(command).noneMatch(flag -> flag.startsWith("-agentlib:jdwp"));
    assertThat(command)
        .as("a test JVM runs no jar, so the service gets its class path")
        .containsSubsequence("-cp", System.getProperty("java.class.path"), Main.class.getName());
    // Packaged before the integration tests run: the jar the launcher starts.
    assertThat(ServiceProcess.isAppJar("target/regintel-app.jar")).isTrue();
  }

  @Test
  void fromTheBenchJarTheServiceStartsFromTheServiceJar() {
    // The tests run in the app module (see the bench's pom); both jars are packaged by now.
    Path benchJar = Path.of("../bench/target/regintel-bench.jar");
    Path appJar = Path.of("target/regintel-app.jar").toAbsolutePath().normalize();
    List<String> command =
        ServiceProcess.command(
            benchJar + " bench trace --scale 1",
            data,
            "64m",
            new ServiceProcess.Ports(18123, 18124, 17687));
    assertThat(command)
        .containsSubsequence("-jar", appJar.toString(), "serve", "--port", "18123")
        .doesNotContain("-cp");
    assertThat(command.getFirst()).isEqualTo(ProcessHandle.current().info().command().get());
  }

  @Test
  void aBenchJarWithoutTheServiceJarBesideItIsNamedInTheError() throws Exception {
    Path lonely = Files.createDirectories(data.resolve("elsewhere/bench/target"));
    Path copy = Files.copy(Path.of("../bench/target/regintel-bench.jar"), lonely.resolve("b.jar"));
    assertThatThrownBy(
            () ->
                ServiceProcess.command(
                    copy.toString(), data, "64m", new ServiceProcess.Ports(18123, 18124, 17687)))
        .isInstanceOf(RegintelException.class)
        .hasMessageContaining(data.resolve("elsewhere/app/target/regintel-app.jar").toString())
        .hasMessageContaining("./mvnw package");
  }

  static String post(URI endpoint, String json) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
