package dev.regintel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench's executable jar as {@code ./regintel bench} runs it: its help and usage errors, and a
 * tiny run of each benchmark, {@code trace} with the service started from the service's jar in a
 * JVM of its own, {@code search} with the app inside the bench's jar. (The tests run in the app
 * module, see the bench's pom; both jars are packaged by now.)
 */
class BenchJarIT {

  static final Path JAR = Path.of("../bench/target/regintel-bench.jar");
  static final Path SERVICE_JAR = Path.of("target/regintel-app.jar").toAbsolutePath().normalize();

  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  Run bench(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElseThrow());
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectOutput(dir.resolve("out.txt").toFile())
            .redirectError(dir.resolve("err.txt").toFile());
    builder.environment().remove("REGINTEL_NEO4J_URI");
    builder
        .environment()
        .put("REGINTEL_SEED_DIR", Path.of("../seed-data").toAbsolutePath().normalize().toString());
    Process process = builder.start();
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("finished").isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void helpAndUsageErrorsComeFromTheJar() throws Exception {
    Run help = bench("bench", "trace", "--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("Usage: regintel bench trace ", "--scale=S", "--out=FILE");

    Run typo = bench("bench", "trace", "--bogus");
    assertThat(typo.status()).isEqualTo(2);
    assertThat(typo.err())
        .contains("regintel bench trace: Unknown option: '--bogus'")
        .contains("Usage: regintel bench trace ");
  }

  @Test
  void aTinyTraceRunStartsTheServiceFromItsJar() throws Exception {
    Path data = dir.resolve("trace-data");
    Path json = dir.resolve("trace.json");
    Run run =
        bench(
            "bench",
            "trace",
            "--scale",
            "0.2",
            "--requests",
            "5",
            "--warmup",
            "2",
            "--warmup-seconds",
            "0",
            "--data",
            data.toString(),
            "--out",
            json.toString());
    assertThat(run.status()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("Starting the service in", "Wrote " + json);
    assertThat(Files.readString(json)).contains("\"ratioP99\"", "\"relationshipsPerSecond\"");
    assertThat(Files.readString(data.resolve("service.log")))
        .as("the service's own log names the jar it runs from")
        .contains(SERVICE_JAR.toString());
  }

  @Test
  void aTinySearchRunRunsTheAppInsideTheBenchJar() throws Exception {
    Run run =
        bench(
            "bench",
            "search",
            "--scale",
            "0.2",
            "--requests",
            "8",
            "--warmup",
            "2",
            "--warmup-seconds",
            "0");
    assertThat(run.status()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("Starting the app in", "Rebuilding the search index");
  }
}
