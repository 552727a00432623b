package dev.regintel.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDK selection shared by ./regintel, ./mvnw and CI (scripts/find-jdk.sh), on fake JDK folders;
 * and ./regintel itself in a fake checkout whose {@code java} and {@code mvnw} only record how they
 * were called: which jar runs which command, and when and how it is built.
 */
class LauncherTests {

  static final Path SCRIPT = Path.of("../scripts/find-jdk.sh").toAbsolutePath().normalize();
  static final Path AOT_SCRIPT = Path.of("../scripts/aot-cache.sh").toAbsolutePath().normalize();

  static final Path LAUNCHER = Path.of("../regintel").toAbsolutePath().normalize();

  @TempDir Path jvms;

  @TempDir Path checkouts;

  void fakeJdk(String name, String version) throws IOException {
    Path bin = Files.createDirectories(jvms.resolve(name).resolve("bin"));
    for (String tool : new String[] {"java", "javac"}) {
      Path file = bin.resolve(tool);
      Files.writeString(file, "#!/bin/sh\necho 'openjdk version \"" + version + "\"' >&2\n");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    Files.writeString(jvms.resolve(name).resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
  }

  record Run(int status, String out, String err) {}

  Run select(String javaHome) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
            "bash",
            "-c",
            ". \"$0\" && regintel_select_jdk && echo \"$JAVA_HOME\"",
            SCRIPT.toString());
    pb.environment().put("REGINTEL_JVM_DIR", jvms.toString());
    pb.environment().remove("JAVA_HOME");
    if (javaHome != null) {
      pb.environment().put("JAVA_HOME", javaHome);
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    return new Run(p.waitFor(), out, err);
  }

  @Test
  void picksTheNewestJdkAtLeast21() throws Exception {
    fakeJdk("java-17-openjdk", "17.0.15");
    fakeJdk("temurin-21", "21.0.4");
    fakeJdk("temurin-25", "25.0.3");
    Run run = select(null);
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(jvms.resolve("temurin-25").toString());
  }

  @Test
  void aSuitableJavaHomeWins() throws Exception {
    fakeJdk("temurin-21", "21.0.4");
    fakeJdk("temurin-25", "25.0.3");
    Run run = select(jvms.resolve("temurin-21").toString());
    assertThat(run.out()).isEqualTo(jvms.resolve("temurin-21").toString());
  }

  @Test
  void tooOldJavaHomeIsPassedOver() throws Exception {
    fakeJdk("java-17-openjdk", "17.0.15");
    fakeJdk("temurin-25", "25.0.3");
    Run run = select(jvms.resolve("java-17-openjdk").toString());
    assertThat(run.out()).isEqualTo(jvms.resolve("temurin-25").toString());
  }

  @Test
  void noSuitableJdkFailsNamingWhatWasFound() throws Exception {
    fakeJdk("java-17-openjdk", "17.0.15");
    Run run = select(null);
    assertThat(run.status()).isNotZero();
    assertThat(run.err()).contains("no JDK >= 21").contains("java-17-openjdk (17)");
  }

  /**
   * A checkout with the real launcher, fake sources, and {@code mvnw} and {@code java} that log.
   */
  Path checkout() throws IOException {
    Path root = checkouts.resolve("regintel");
    Files.createDirectories(root.resolve("scripts"));
    Files.copy(SCRIPT, root.resolve("scripts/find-jdk.sh"));
    Files.copy(AOT_SCRIPT, root.resolve("scripts/aot-cache.sh"));
    executable(root.resolve("regintel"), Files.readString(LAUNCHER));
    for (String source :
        new String[] {
          "pom.xml",
          "app/pom.xml",
          "app/src/main/java/A.java",
          "bench/pom.xml",
          "bench/src/main/java/B.java",
          "seed-data/schema/seed.schema.json"
        }) {
      Files.createDirectories(root.resolve(source).getParent());
      Files.writeString(root.resolve(source), "");
      age(root.resolve(source), 3600);
    }
    // Builds what -pl names: the bench's build builds the app too (-am).
    executable(
        root.resolve("mvnw"),
        """
        #!/bin/sh
        echo "mvnw $*" >> "$CALLS"
        [ -n "${FAIL_BUILD:-}" ] && { echo "BUILD FAILURE: $FAIL_BUILD"; exit 1; }
        mkdir -p app/target bench/target
        touch app/target/regintel-app.jar
        case "$*" in *"-pl bench"*) touch bench/target/regintel-bench.jar ;; esac
        """);
    fakeJdk("temurin-25", "25.0.3");
    executable(jvms.resolve("temurin-25/bin/java"), "#!/bin/sh\necho \"java $*\" >> \"$CALLS\"\n");
    return root;
  }

  /** A jar of the checkout, built {@code secondsAgo}. */
  static void jar(Path root, String path, long secondsAgo) throws IOException {
    Files.createDirectories(root.resolve(path).getParent());
    Files.writeString(root.resolve(path), "");
    age(root.resolve(path), secondsAgo);
  }

  static void age(Path file, long secondsAgo) throws IOException {
    Files.setLastModifiedTime(
        file,
        java.nio.file.attribute.FileTime.fromMillis(
            System.currentTimeMillis() - secondsAgo * 1000));
  }

  static void executable(Path file, String text) throws IOException {
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** Runs ./regintel in {@code root}; the run's output is what mvnw and java were called with. */
  Run launch(Path root, String failBuild, String... args) throws Exception {
    java.util.List<String> command = new java.util.ArrayList<>();
    command.add(root.resolve("regintel").toString());
    command.addAll(java.util.List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    Path calls = root.resolve("calls");
    Files.deleteIfExists(calls);
    pb.environment().put("REGINTEL_JVM_DIR", jvms.toString());
    pb.environment().put("CALLS", calls.toString());
    pb.environment().remove("JAVA_HOME");
    pb.environment().remove("REGINTEL_JAVA_OPTS");
    pb.environment().put("REGINTEL_AOT", aot ? "on" : "off");
    if (failBuild != null) {
      pb.environment().put("FAIL_BUILD", failBuild);
    }
    Process p = pb.start();
    p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    int status = p.waitFor();
    return new Run(status, Files.exists(calls) ? Files.readString(calls).strip() : "", err);
  }

  @Test
  void everyCommandButBenchRunsFromTheServiceJar() throws Exception {
    Path root = checkout();
    jar(root, "app/target/regintel-app.jar", 60);
    jar(root, "bench/target/regintel-bench.jar", 60);
    for (String[] args : new String[][] {{"--help"}, {"crawl", "--bogus"}, {"serve"}}) {
      Run run = launch(root, null, args);
      assertThat(run.status()).isZero();
      assertThat(run.out())
          .as("no build: the jar is newer than the sources")
          .doesNotContain("mvnw")
          .startsWith("java -XX:+UseG1GC")
          .endsWith(
              " -jar "
                  + root.resolve("app/target/regintel-app.jar")
                  + " "
                  + String.join(" ", args));
    }
  }

  /** Whether {@link #launch} lets the launcher make and use the class cache. */
  boolean aot;

  /**
   * A {@code java} that logs its calls and plays its part in making the class cache: {@code
   * extract} makes the extracted jar, and a training run says it is ready and writes the cache.
   */
  static final String AOT_JAVA =
      """
      #!/bin/sh
      echo "java $*" >> "$CALLS"
      dest=""; out=""; next=""
      for a in "$@"; do
        if [ "$next" = dest ]; then dest=$a; next=""; fi
        case "$a" in
          --destination) next=dest ;;
          -XX:AOTCacheOutput=*) out=${a#-XX:AOTCacheOutput=} ;;
        esac
      done
      [ -n "$dest" ] && { mkdir -p "$dest"; touch "$dest/regintel-app.jar"; }
      [ -n "$out" ] && { echo "Start-up phases (ms): total=1"; echo cache > "$out"; }
      exit 0
      """;

  @Test
  void theServiceRunsFromItsClassCacheMadeOncePerBuild() throws Exception {
    Path root = checkout();
    executable(jvms.resolve("temurin-25/bin/java"), AOT_JAVA);
    jar(root, "app/target/regintel-app.jar", 60);
    aot = true;

    Run first = launch(root, null, "serve");
    assertThat(first.status()).isZero();
    assertThat(first.err()).contains("preparing a class cache");
    assertThat(first.out())
        .contains(
            "-Djarmode=tools -jar " + root.resolve("app/target/regintel-app.jar") + " extract")
        .contains("-XX:AOTCacheOutput=")
        .endsWith(
            "-XX:AOTCache="
                + root.resolve("app/target/aot/regintel.aot")
                + " -Xlog:aot*=error -Xlog:cds*=error -jar "
                + root.resolve("app/target/aot/app/regintel-app.jar")
                + " serve");

    Run second = launch(root, null, "serve");
    assertThat(second.out())
        .as("the cache is current: no second training")
        .doesNotContain("AOTCacheOutput")
        .startsWith("java -XX:+UseG1GC")
        .contains("-XX:AOTCache=");

    jar(root, "app/target/regintel-app.jar", 0);
    Run rebuilt = launch(root, null, "serve");
    assertThat(rebuilt.out()).as("a new jar is trained again").contains("-XX:AOTCacheOutput=");
  }

  @Test
  void withoutACacheTheServiceRunsFromItsJarAndTheFailureIsNotRetried() throws Exception {
    Path root = checkout();
    jar(root, "app/target/regintel-app.jar", 60);
    aot = true;

    Run first = launch(root, null, "serve");
    assertThat(first.status()).isZero();
    assertThat(first.err()).contains("the class cache could not be made");
    assertThat(first.out())
        .endsWith(" -jar " + root.resolve("app/target/regintel-app.jar") + " serve");
    assertThat(root.resolve("app/target/aot.failed")).exists();
    assertThat(root.resolve("app/target/aot.training.log")).exists();

    Run second = launch(root, null, "serve");
    assertThat(second.err()).doesNotContain("class cache");
    assertThat(second.out()).doesNotContain("extract");
  }

  @Test
  void benchRunsFromTheBenchJar() throws Exception {
    Path root = checkout();
    jar(root, "app/target/regintel-app.jar", 60);
    jar(root, "bench/target/regintel-bench.jar", 60);
    Run run = launch(root, null, "bench", "trace", "--help");
    assertThat(run.out())
        .isEqualTo(
            "java -XX:+UseG1GC -Dfile.encoding=UTF-8 --sun-misc-unsafe-memory-access=allow -jar "
                + root.resolve("bench/target/regintel-bench.jar")
                + " bench trace --help");
  }

  @Test
  void aMissingJarIsPackagedNotInstalled() throws Exception {
    Path root = checkout();
    jar(root, "app/target/regintel-app.jar", 60);
    Run run = launch(root, null, "bench", "search");
    assertThat(run.err()).contains("regintel: building the bench jar");
    assertThat(run.out().lines())
        .containsExactly(
            "mvnw -q -B -DskipTests -Dspotless.check.skip=true -pl bench -am package",
            "java -XX:+UseG1GC -Dfile.encoding=UTF-8 --sun-misc-unsafe-memory-access=allow -jar "
                + root.resolve("bench/target/regintel-bench.jar")
                + " bench search");
  }

  @Test
  void aJarOlderThanItsSourcesIsRebuilt() throws Exception {
    Path root = checkout();
    jar(root, "app/target/regintel-app.jar", 60);
    jar(root, "bench/target/regintel-bench.jar", 60);
    Files.writeString(root.resolve("bench/src/main/java/B.java"), "class B {}");
    assertThat(launch(root, null, "serve").out())
        .as("a bench source does not make the service's jar stale")
        .doesNotContain("mvnw");
    assertThat(launch(root, null, "bench", "trace").out()).contains("-pl bench -am package");

    jar(root, "app/target/regintel-app.jar", 60);
    Files.writeString(root.resolve("app/src/main/java/A.java"), "class A {}");
    assertThat(launch(root, null, "serve").out())
        .startsWith("mvnw -q -B -DskipTests -Dspotless.check.skip=true -pl app -am package\n");
  }

  @Test
  void aFailedBuildShowsItsLogAndRunsNothing() throws Exception {
    Path root = checkout();
    Run run = launch(root, "no compiler", "crawl");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("the build failed", "BUILD FAILURE: no compiler");
    assertThat(run.out()).doesNotContain("java ");
  }
}
