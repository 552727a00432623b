package dev.regintel.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The packaged service jar ({@code target/regintel-app.jar}) run as its own process, as {@code
 * ./regintel} runs it: a real JVM that a test can watch, ask over HTTP and kill with SIGKILL. Its
 * output goes to a log file under {@code target/processes/}, kept as a test artifact.
 */
public final class AppProcess implements AutoCloseable {

  static final Path JAR = Path.of("target/regintel-app.jar");
  static final Path LOGS = Path.of("target/processes");

  private final String name;
  private final Process process;
  private final Path log;

  private AppProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code regintel ARGS...} with the test JVM's Java.
   *
   * @param name names the log file
   * @param env environment variables to add, e.g. {@code REGINTEL_NEO4J_PASSWORD}
   */
  public static AppProcess start(String name, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElseThrow());
    // The launcher's flags, with a bounded heap and the quick JIT: these JVMs live for seconds.
    command.addAll(
        List.of(
            "-XX:+UseG1GC",
            "-Xmx768m",
            "-XX:TieredStopAtLevel=1",
            "-Dfile.encoding=UTF-8",
            "--sun-misc-unsafe-memory-access=allow",
            "-jar",
            JAR.toString()));
    command.addAll(List.of(args));
    try {
      Files.createDirectories(LOGS);
      Path log = LOGS.resolve(name + ".log");
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(env);
      return new AppProcess(name, builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A TCP port on loopback that nothing listens on just now. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Everything the process has printed so far. */
  public List<String> lines() {
    try {
      return Files.readAllLines(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits until {@code count} printed lines match {@code line}.
   *
   * @throws AssertionError when the process ends first or the time is up, with the log's tail
   */
  public void awaitLines(Predicate<String> line, int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (lines().stream().filter(line).count() < count) {
      if (!process.isAlive()) {
        throw failure(
            "ended (status " + process.exitValue() + ") before printing what was awaited");
      }
      if (System.nanoTime() > deadline) {
        throw failure("did not print what was awaited within " + timeout);
      }
      pause(100);
    }
  }

  /**
   * Waits until {@code /actuator/health} on {@code port} answers with {@code status}.
   *
   * @throws AssertionError when the process ends first or the time is up
   */
  public void awaitHealth(int port, String status, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!status.equals(health(port))) {
      if (!process.isAlive()) {
        throw failure("ended (status " + process.exitValue() + ") before its health was " + status);
      }
      if (System.nanoTime() > deadline) {
        throw failure("health on port " + port + " was not " + status + " within " + timeout);
      }
      pause(250);
    }
  }

  /** The status {@code /actuator/health} on {@code port} answers, or "NO ANSWER". */
  public static String health(int port) {
    try {
      HttpResponse<String> response = Http.get(port, "/actuator/health");
      var matcher =
          java.util.regex.Pattern.compile("\"status\":\"(\\w+)\"").matcher(response.body());
      return matcher.find() ? matcher.group(1) : "NO STATUS";
    } catch (UncheckedIOException e) {
      return "NO ANSWER";
    }
  }

  /** Waits for the process to end by itself and returns its exit status. */
  public int waitFor(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw failure("did not end within " + timeout);
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Stops the process with SIGTERM, as an operator or a service manager would, and returns its exit
   * status.
   *
   * @throws AssertionError when it has not ended within {@code timeout}
   */
  public int stop(Duration timeout) {
    process.destroy();
    return waitFor(timeout);
  }

  /** Kills the process with SIGKILL, as a crash or the OOM killer would, and waits for it. */
  public void kill() {
    process.destroyForcibly();
    waitFor(Duration.ofSeconds(30));
  }

  public long pid() {
    return process.pid();
  }

  public boolean alive() {
    return process.isAlive();
  }

  private AssertionError failure(String what) {
    List<String> all = lines();
    String tail = String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
    return new AssertionError("regintel " + name + " " + what + "; its output ends:\n" + tail);
  }

  /** Sleeps, for a test that polls. */
  public static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Kills the process if it still runs. */
  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }
}
