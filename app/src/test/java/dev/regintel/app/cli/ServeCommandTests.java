package dev.regintel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What {@code regintel serve}'s options become in the app's settings (nothing is started). */
class ServeCommandTests {

  static ServeCommand parse(String... args) {
    CommandLine line = RegintelCommand.commandLine();
    line.parseArgs(args);
    return line.getSubcommands().get("serve").getCommand();
  }

  @Test
  void httpListensOnLoopbackByDefault() {
    assertThat(parse("serve").properties())
        .contains("--server.address=127.0.0.1", "--server.port=8080");
  }

  @Test
  void hostReachesTheServerAddress() {
    assertThat(parse("serve", "--host", "0.0.0.0", "--port", "9000").properties())
        .contains("--server.address=0.0.0.0", "--server.port=9000")
        .doesNotContain("--server.address=127.0.0.1");
    assertThat(parse("serve", "--host=::1").properties()).contains("--server.address=::1");
  }

  @Test
  void noManagementPortUnlessAsked() {
    assertThat(parse("serve").properties()).noneMatch(p -> p.startsWith("--management."));
  }

  @Test
  void theManagementPortIsOnLoopbackAndCarriesTheMetrics() {
    assertThat(parse("serve", "--management-port", "9090").properties())
        .contains(
            "--management.server.port=9090",
            "--management.server.address=127.0.0.1",
            "--management.endpoints.web.exposure.include=health,info,metrics,prometheus",
            "--management.endpoint.health.group.public.additional-path=server:/health");
    CommandRun run = CommandLineTests.run("serve", "--management-port", "0");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--management-port", "not '0'");
  }

  @Test
  void serveHelpNamesTheHostOption() {
    assertThat(CommandLineTests.run("serve", "--help").out())
        .contains("--host=ADDRESS", "default 127.0.0.1", "--management-port=N");
  }
}
