package dev.regintel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regintel.app.internal.RegintelException;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.security.ApiKeys;
import dev.regintel.app.security.Role;
import dev.regintel.app.support.TestNeo4j;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code keys create}, {@code list} and {@code revoke} on a real Neo4j, and their usage errors. */
class KeysCommandIT {

  final ApiKeys keys = new ApiKeys(new Graph(TestNeo4j.driver(), null, new SimpleMeterRegistry()));
  final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void createPrintsTheKeyOnceAndListShowsEverythingButTheKey() {
    KeysCreateCommand.run(keys, Role.CURATOR, "nightly import", out);
    String key = bytes.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
    assertThat(key).startsWith("rik_");
    String id = key.substring(4, 16);
    bytes.reset();

    KeysListCommand.run(keys, out);
    String listed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(listed).contains(id, "curator", "nightly import").doesNotContain(key);
    assertThat(listed.lines().filter(l -> l.startsWith(id)).findFirst().orElseThrow())
        .matches(id + "\\s+curator\\s+\\S+Z\\s+-\\s+nightly import");
    bytes.reset();

    KeysRevokeCommand.run(keys, id, out);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Revoked key " + id);
    assertThat(keys.verify(key)).get().satisfies(k -> assertThat(k.active()).isFalse());
  }

  @Test
  void revokingAnUnknownIdFailsNamingIt() {
    assertThatThrownBy(() -> KeysRevokeCommand.run(keys, "nosuchkey000", out))
        .isInstanceOf(RegintelException.class)
        .hasMessageContaining("'nosuchkey000'");
  }

  @Test
  void aBadRoleIsAUsageErrorNamingTheValidOnes() {
    CommandRun run =
        CommandRun.of(RegintelCommand.commandLine(), "keys", "create", "--role", "boss");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("'boss'", "reader, vendor, curator, admin");
    CommandRun missing = CommandRun.of(RegintelCommand.commandLine(), "keys", "create");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("--role");
    assertThat(CommandRun.of(RegintelCommand.commandLine(), "keys").status()).isEqualTo(2);
  }
}
