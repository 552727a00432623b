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
 * The JDK selection shared by ./regintel, ./mvnw and CI (scripts/find-jdk.sh), on fake JDK folders.
 */
class LauncherTests {

  static final Path SCRIPT = Path.of("../scripts/find-jdk.sh").toAbsolutePath().normalize();

  @TempDir Path jvms;

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
}
