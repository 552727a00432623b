package dev.regintel.app.internal.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.SecurityException;

/** The embedded Bolt port takes only the generated password kept in the data directory. */
class BoltPasswordIT {

  @TempDir Path data;

  static void connect(String uri, AuthToken auth) {
    try (var driver = GraphDatabase.driver(uri, auth)) {
      driver.verifyConnectivity();
      driver
          .executableQuery("CREATE (:BoltProbe) WITH 1 AS one MATCH (p:BoltProbe) DELETE p")
          .execute();
    }
  }

  @Test
  void aDriverWithoutTheStoredPasswordIsRefused() {
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, 0, "64m")) {
      assertThatThrownBy(() -> connect(neo4j.boltUri(), AuthTokens.none()))
          .isInstanceOf(SecurityException.class);
      assertThatThrownBy(() -> connect(neo4j.boltUri(), AuthTokens.basic("neo4j", "neo4j")))
          .isInstanceOf(SecurityException.class);
      connect(neo4j.boltUri(), AuthTokens.basic(BoltPassword.USER, BoltPassword.read(data)));
    }
  }

  @Test
  void aNewStoreGetsTheStoredPasswordBeforeItFirstStarts() throws Exception {
    Path home = data.resolve("neo4j");
    EmbeddedNeo4j.setInitialPassword(home, data);
    Path initialUsers = EmbeddedNeo4j.initialUsers(home);
    String users = Files.readString(initialUsers);
    assertThat(users).startsWith("neo4j:").doesNotContain(BoltPassword.read(data));
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, 0, "64m")) {
      assertThat(initialUsers).as("consumed by the first start").doesNotExist();
      connect(neo4j.boltUri(), AuthTokens.basic(BoltPassword.USER, BoltPassword.read(data)));
    }
  }

  @Test
  void aPasswordThatStartsWithADashIsAPasswordNotAnOption() throws Exception {
    Files.createDirectories(data);
    Files.writeString(
        data.resolve(BoltPassword.FILE),
        "-Kx0_generated-password-with-a-leading-dash\n",
        java.nio.charset.StandardCharsets.UTF_8);
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, 0, "64m")) {
      connect(neo4j.boltUri(), AuthTokens.basic(BoltPassword.USER, neo4j.password()));
      assertThat(neo4j.password()).startsWith("-");
    }
  }

  @Test
  void thePasswordFileIsReadableByItsOwnerOnly() throws Exception {
    EmbeddedNeo4j.start(data, 0, "64m").close();
    Path file = data.resolve(BoltPassword.FILE);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(BoltPassword.read(data)).hasSizeGreaterThanOrEqualTo(32);
  }

  @Test
  void aRestartOnTheSameDataDirectoryReusesThePassword() throws Exception {
    String first;
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, 0, "64m")) {
      first = neo4j.password();
    }
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, 0, "64m")) {
      assertThat(neo4j.password()).isEqualTo(first).isEqualTo(BoltPassword.read(data));
      connect(neo4j.boltUri(), AuthTokens.basic(BoltPassword.USER, first));
    }
  }

  @Test
  void aStoreStartedWithoutThePasswordFileGetsANewOne() throws Exception {
    EmbeddedNeo4j.start(data, 0, "64m").close();
    Files.delete(data.resolve(BoltPassword.FILE));
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, 0, "64m")) {
      assertThat(neo4j.password()).isEqualTo(BoltPassword.read(data));
      connect(neo4j.boltUri(), AuthTokens.basic(BoltPassword.USER, neo4j.password()));
    }
  }
}
