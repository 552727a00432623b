package dev.regintel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The service's executable jar, packaged before the integration tests run: it starts the command
 * line, holds no benchmark, and answers as {@code ./regintel} users see it.
 */
class ServiceJarIT {

  static final Path JAR = Path.of("target/regintel-app.jar");

  record Run(int status, String out, String err) {}

  static Run java(String... args) throws IOException, InterruptedException {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                ProcessHandle.current().info().command().orElseThrow(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Run(process.exitValue(), out, err);
  }

  @Test
  void theJarStartsTheCommandLineAndHoldsNoBenchmark() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Start-Class"))
          .isEqualTo(Main.class.getName());
      List<String> names = jar.stream().map(JarEntry::getName).toList();
      assertThat(names).contains("BOOT-INF/classes/dev/regintel/app/cli/Main.class");
      assertThat(names)
          .filteredOn(name -> name.endsWith(".class"))
          .hasSizeGreaterThan(100)
          .noneMatch(name -> name.contains("/bench/"));
      assertThat(names).noneMatch(name -> name.startsWith("BOOT-INF/lib/bench"));
    }
  }

  @Test
  void helpListsEveryCommandAndATypoExitsWithTwo() throws Exception {
    Run help = java("--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("serve", "load", "crawl", "bench");

    Run typo = java("crawl", "--bogus");
    assertThat(typo.status()).isEqualTo(2);
    assertThat(typo.err())
        .startsWith("regintel crawl: Unknown option: '--bogus'")
        .contains("Usage: regintel crawl ");
    assertThat(typo.out()).isEmpty();
  }

  @Test
  void versionNamesTheBuild() throws Exception {
    Run version = java("--version");
    assertThat(version.status()).isZero();
    assertThat(version.out()).startsWith("regintel ").contains("built ", "Java ");
  }
}
