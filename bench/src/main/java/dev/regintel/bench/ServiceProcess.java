package dev.regintel.bench;

import dev.regintel.app.cli.Main;
import dev.regintel.app.internal.RegintelException;
import dev.regintel.app.internal.neo4j.BoltPassword;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service under test in a JVM of its own, started as {@code regintel serve} starts it: embedded
 * Neo4j in the given data directory, no seed data, HTTP, the management endpoints and Bolt on free
 * loopback ports. A benchmark's client (its HTTP client, its driver, its JSON parsing and its
 * collector) then runs in another JVM than the service, as a user's would, and takes no CPU time or
 * heap from it inside the measured requests.
 *
 * <p>The child gets the same Java and the same JVM flags as this process, and the service's jar
 * (or, in tests, this process's class path). Its Neo4j round-trip counter is read over HTTP from
 * the actuator's {@code metrics} endpoint, which this child exposes on a management port of its own
 * on loopback (a service started by {@code regintel serve} serves no metrics publicly). Its output
 * goes to {@code service.log} in the data directory.
 */
final class ServiceProcess implements Served, AutoCloseable {

  /**
   * Set by the launcher when the service's class cache is current: the extracted jar and the cache,
   * which the service is then started with, as {@code regintel serve} starts it.
   */
  static final String AOT_JAR = "REGINTEL_SERVICE_AOT_JAR";

  static final String AOT_CACHE = "REGINTEL_SERVICE_AOT_CACHE";

  /** The counter {@code Graph} keeps of the Cypher statements it sends. */
  static final String ROUND_TRIPS = "regintel.neo4j.round.trips";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration STARTUP = Duration.ofMinutes(5);

  private final Process process;
  private final int httpPort;
  private final int managementPort;
  private final int boltPort;
  private final Path data;
  private final Path log;
  private final List<String> command;
  private long launched;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /**
   * The child's ports on loopback.
   *
   * @param http GraphQL
   * @param management the actuator's health and metrics
   * @param bolt the embedded Neo4j
   */
  record Ports(int http, int management, int bolt) {

    static Ports free() {
      return new Ports(freePort(), freePort(), freePort());
    }
  }

  private ServiceProcess(Process process, Ports ports, Path data, Path log, List<String> command) {
    this.process = process;
    this.command = command;
    this.httpPort = ports.http();
    this.managementPort = ports.management();
    this.boltPort = ports.bolt();
    this.data = data;
    this.log = log;
  }

  /** Starts the service on {@code data} and waits until its health endpoint reports UP. */
  static ServiceProcess start(Path data, String pageCache) {
    return start(data, pageCache, null);
  }

  /**
   * Starts the service on {@code data}, loading the seed files in {@code seed} into a new graph as
   * {@code serve} does (none when null), and waits until its health endpoint reports UP.
   */
  static ServiceProcess start(Path data, String pageCache, Path seed) {
    return start(data, pageCache, seed, List.of());
  }

  /**
   * {@link #start(Path, String, Path)} with more of the service's settings, as system properties
   * ({@code -Dregintel.trace.walk=cypher}); its output goes to {@code service.log}, or to {@code
   * service-2.log} and so on when that is taken (a restart on the same data directory).
   */
  static ServiceProcess start(Path data, String pageCache, Path seed, List<String> settings) {
    ServiceProcess service = launch(data, pageCache, seed, settings);
    try {
      service.awaitHealthy();
    } catch (RuntimeException e) {
      service.close();
      throw e;
    }
    return service;
  }

  /**
   * Starts the service as {@link #start(Path, String, Path, List)} does, without waiting for it:
   * {@link #launched()} is when its process was started.
   */
  static ServiceProcess launch(Path data, String pageCache, Path seed, List<String> settings) {
    Ports ports = Ports.free();
    Path log = data.resolve("service.log");
    for (int i = 2; Files.exists(log); i++) {
      log = data.resolve("service-" + i + ".log");
    }
    List<String> command =
        command(System.getProperty("sun.java.command", ""), data, pageCache, ports, seed);
    command.addAll(1, settings);
    Process process;
    long launched;
    try {
      Files.createDirectories(data);
      launched = System.nanoTime();
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the service: " + String.join(" ", command), e);
    }
    ServiceProcess service = new ServiceProcess(process, ports, data, log, command);
    service.launched = launched;
    return service;
  }

  /** When the service's process was started, in {@link System#nanoTime()}. */
  long launched() {
    return launched;
  }

  /** The service's log so far. */
  List<String> logLines() {
    try {
      return Files.readAllLines(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * The command that starts the child: {@code java [this JVM's flags] (-jar APP_JAR | -cp CLASSPATH
   * main) serve ...}. {@code -jar} with the service's jar, {@code app/target/regintel-app.jar}
   * beside the bench module, when this JVM runs the bench's jar (as the launcher does); the class
   * path otherwise (tests). The settings {@code serve} has no option for are passed as system
   * properties (which Spring reads before the environment, so an external Neo4j named there is not
   * used). Health and metrics are read from the management port ({@code --management-port}, on
   * loopback).
   */
  static List<String> command(Path data, String pageCache, Ports ports) {
    return command(System.getProperty("sun.java.command", ""), data, pageCache, ports, null);
  }

  /** {@link #command(Path, String, Ports)} for a JVM launched with {@code launched}. */
  static List<String> command(String launched, Path data, String pageCache, Ports ports) {
    return command(launched, data, pageCache, ports, null);
  }

  /**
   * {@link #command(String, Path, String, Ports)}, loading the seed files in {@code seed} into a
   * new graph (none when null).
   */
  static List<String> command(
      String launched, Path data, String pageCache, Ports ports, Path seed) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!flag.startsWith("-agentlib:jdwp") && !flag.startsWith("-Dregintel.")) {
        command.add(flag);
      }
    }
    command.add("-Dregintel.neo4j.uri=");
    command.add("-Dregintel.neo4j.bolt-port=" + ports.bolt());
    command.add("-Dregintel.neo4j.page-cache=" + pageCache);
    // A benchmark is one client address sending far more than a person would: no rate limits.
    command.add("-Dregintel.security.rate-limit.per-address=0");
    command.add("-Dregintel.security.rate-limit.per-key=0");
    command.add("-Dspring.main.banner-mode=off");
    String first = launched.isBlank() ? "" : launched.split(" ")[0];
    String aotJar = System.getenv(AOT_JAR);
    String aotCache = System.getenv(AOT_CACHE);
    if (startClass(first).equals(BenchMain.class.getName())
        && aotJar != null
        && aotCache != null
        && Files.isRegularFile(Path.of(aotJar))
        && Files.isRegularFile(Path.of(aotCache))) {
      // As ./regintel serve runs it: the extracted jar with its class cache (scripts/aot-cache.sh).
      command.addAll(
          List.of(
              "-XX:AOTCache=" + aotCache, "-Xlog:aot*=error", "-Xlog:cds*=error", "-jar", aotJar));
    } else if (startClass(first).equals(BenchMain.class.getName())) {
      command.add("-jar");
      command.add(appJar(Path.of(first)).toString());
    } else {
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(Main.class.getName());
    }
    command.addAll(
        List.of(
            "serve",
            "--port",
            Integer.toString(ports.http()),
            "--management-port",
            Integer.toString(ports.management()),
            "--data",
            data.toAbsolutePath().toString()));
    if (seed == null) {
      command.add("--no-seed");
    } else {
      command.addAll(List.of("--seed", seed.toAbsolutePath().toString()));
    }
    return command;
  }

  /**
   * The service's executable jar of the checkout the bench's jar was built in: {@code
   * app/target/regintel-app.jar} beside {@code bench/target/regintel-bench.jar}.
   */
  static Path appJar(Path benchJar) {
    Path root = benchJar.toAbsolutePath().normalize().getParent().getParent().getParent();
    Path app = root.resolve("app/target/regintel-app.jar");
    if (!isAppJar(app.toString())) {
      throw new RegintelException(
          "bench trace runs the service from its own jar, and "
              + app
              + " is missing or not the service's: build it with ./mvnw package (./regintel bench"
              + " does when it is missing or older than the sources)");
    }
    return app;
  }

  /** The GraphQL endpoint. */
  @Override
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + httpPort + "/graphql");
  }

  /**
   * The health check on the public port, as the service's clients see it: with a management port
   * the public port serves the status alone at {@code /health}.
   */
  URI publicHealth() {
    return URI.create("http://127.0.0.1:" + httpPort + "/health");
  }

  /** Whether {@code path} is the service's executable jar (as the launcher runs it). */
  static boolean isAppJar(String path) {
    return startClass(path).equals(Main.class.getName());
  }

  /** The class an executable jar starts ({@code Start-Class} of a Spring Boot jar), or "". */
  static String startClass(String path) {
    if (!path.endsWith(".jar")) {
      return "";
    }
    try (JarFile jar = new JarFile(path)) {
      Manifest manifest = jar.getManifest();
      String start = manifest == null ? null : manifest.getMainAttributes().getValue("Start-Class");
      return start == null ? "" : start;
    } catch (IOException e) {
      return "";
    }
  }

  /** The service's process id. */
  long pid() {
    return process.pid();
  }

  /** Whether the service's process is running. */
  boolean alive() {
    return process.isAlive();
  }

  /** The embedded Neo4j's Bolt URI. */
  URI bolt() {
    return URI.create("bolt://127.0.0.1:" + boltPort);
  }

  /**
   * The credentials of the embedded Neo4j: the password the service keeps in its data directory.
   */
  AuthToken auth() {
    return AuthTokens.basic(BoltPassword.USER, BoltPassword.read(data));
  }

  /** Cypher statements the service has sent to Neo4j since it started. */
  @Override
  public long roundTrips() {
    JsonNode body = get("/actuator/metrics/" + ROUND_TRIPS);
    for (JsonNode m : body.path("measurements")) {
      if (m.path("statistic").asString().equals("COUNT")) {
        return (long) m.path("value").asDouble();
      }
    }
    throw new RegintelException("the service reports no " + ROUND_TRIPS + " count: " + body);
  }

  /** The value of one of the service's gauges (such as {@code regintel.trace.index.generation}). */
  @Override
  public double gauge(String name) {
    JsonNode body = get("/actuator/metrics/" + name);
    for (JsonNode m : body.path("measurements")) {
      if (m.path("statistic").asString().equals("VALUE")) {
        return m.path("value").asDouble();
      }
    }
    throw new RegintelException("the service reports no " + name + " value: " + body);
  }

  void awaitHealthy() {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new RegintelException(
            "the service stopped with exit code "
                + process.exitValue()
                + " while starting; its command was "
                + String.join(" ", command)
                + "\n"
                + tail());
      }
      try {
        if (get("/actuator/health").path("status").asString().equals("UP")) {
          return;
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      sleep(250);
    }
    throw new RegintelException("the service did not start within " + STARTUP + ":\n" + tail());
  }

  private JsonNode get(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new RegintelException(path + ": HTTP " + response.statusCode());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The last lines of the service's log, for an error message. */
  String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(no log at " + log + ")";
    }
  }

  /** Stops the service (as Ctrl-C would, so Neo4j shuts down cleanly) and waits for it. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sleeps {@code millis}; an interrupt ends the benchmark. */
  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
