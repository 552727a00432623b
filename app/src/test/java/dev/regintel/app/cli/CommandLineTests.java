package dev.regintel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandLineTests {

  static final Map<String, CommandLine.Spec> SPECS =
      Map.of(
          "serve",
              new CommandLine.Spec(
                  "serve", Set.of("port", "data"), Set.of("no-seed"), false, "usage"),
          "load", new CommandLine.Spec("load", Set.of("data"), Set.of(), true, "usage"),
          "crawl",
              new CommandLine.Spec(
                  "crawl", Set.of("source", "data"), Set.of(), false, "usage", Set.of("source")));

  @Test
  void optionsTakeValuesSpacedOrWithEquals() {
    CommandLine line =
        CommandLine.parse(
            new String[] {"serve", "--port", "8099", "--data=/tmp/x", "--no-seed"}, SPECS);
    assertThat(line.command()).isEqualTo("serve");
    assertThat(line.options())
        .containsEntry("port", "8099")
        .containsEntry("data", "/tmp/x")
        .containsEntry("no-seed", "true");
    assertThat(line.intOption("port", 1, 65535, 8080)).isEqualTo(8099);
  }

  @Test
  void operandsAreKeptForCommandsThatTakeThem() {
    CommandLine line =
        CommandLine.parse(new String[] {"load", "a.yaml", "--data", "d", "dir"}, SPECS);
    assertThat(line.operands()).containsExactly("a.yaml", "dir");
  }

  @Test
  void helpIsRecognisedAnywhere() {
    assertThat(CommandLine.parse(new String[] {}, SPECS).help()).isTrue();
    assertThat(CommandLine.parse(new String[] {"serve", "--help"}, SPECS).help()).isTrue();
  }

  @Test
  void unknownCommandOptionOrMissingValueIsNamed() {
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"srve"}, SPECS))
        .hasMessageContaining("'srve'");
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"serve", "--prot", "1"}, SPECS))
        .hasMessageContaining("--prot");
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"serve", "--port"}, SPECS))
        .hasMessageContaining("--port needs a value");
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"serve", "stray"}, SPECS))
        .hasMessageContaining("'stray'");
  }

  @Test
  void portOutOfRangeIsNamedWithTheValue() {
    CommandLine line = CommandLine.parse(new String[] {"serve", "--port", "99999"}, SPECS);
    assertThatThrownBy(() -> line.intOption("port", 1, 65535, 8080))
        .hasMessageContaining("--port")
        .hasMessageContaining("99999");
  }

  @Test
  void aListOptionMayBeRepeatedOrCommaSeparated() {
    CommandLine line =
        CommandLine.parse(
            new String[] {"crawl", "--source", "nist", "--source=eu,nist", "--source", "etsi"},
            SPECS);
    assertThat(line.values("source")).containsExactly("nist", "eu", "etsi");
    assertThat(line.values("data")).isEmpty();
  }

  @Test
  void anOrdinaryOptionGivenTwiceIsAnError() {
    assertThatThrownBy(
            () -> CommandLine.parse(new String[] {"crawl", "--data", "a", "--data", "b"}, SPECS))
        .hasMessageContaining("--data is given twice");
  }
}
