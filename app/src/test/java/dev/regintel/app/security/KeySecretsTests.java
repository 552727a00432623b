package dev.regintel.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeySecretsTests {

  @Test
  void aKeyCarriesItsIdAndHashesToSomethingElse() {
    KeySecrets.Generated generated = KeySecrets.generate();
    assertThat(generated.key()).startsWith("rik_" + generated.id() + "_").hasSize(4 + 12 + 1 + 43);
    assertThat(KeySecrets.idOf(generated.key())).contains(generated.id());
    String hash = KeySecrets.hash(generated.key());
    assertThat(hash).hasSize(64).doesNotContain(generated.key()).isNotEqualTo(generated.key());
    assertThat(KeySecrets.matches(generated.key(), hash)).isTrue();
    assertThat(KeySecrets.matches(generated.key() + "x", hash)).isFalse();
  }

  @Test
  void twoKeysShareNeitherIdNorSecret() {
    KeySecrets.Generated a = KeySecrets.generate();
    KeySecrets.Generated b = KeySecrets.generate();
    assertThat(a.id()).isNotEqualTo(b.id());
    assertThat(a.key().substring(17)).isNotEqualTo(b.key().substring(17));
  }

  @Test
  void anythingNotOfTheKeysFormHasNoId() {
    assertThat(KeySecrets.idOf(null)).isEmpty();
    assertThat(KeySecrets.idOf("")).isEmpty();
    assertThat(KeySecrets.idOf("rik_short_secret")).isEmpty();
    assertThat(KeySecrets.idOf("Basic dXNlcjpwYXNz")).isEmpty();
  }

  @Test
  void eachRoleIncludesTheOnesBeforeIt() {
    assertThat(Role.ADMIN.includes(Role.CURATOR)).isTrue();
    assertThat(Role.CURATOR.includes(Role.CURATOR)).isTrue();
    assertThat(Role.READER.includes(Role.CURATOR)).isFalse();
    assertThat(Role.VENDOR.includes(Role.READER)).isTrue();
    assertThat(Role.VENDOR.includes(Role.CURATOR)).isFalse();
    assertThat(Role.CURATOR.included()).containsExactly(Role.READER, Role.VENDOR, Role.CURATOR);
  }

  @Test
  void anUnknownRoleIsNamedWithTheValidOnes() {
    assertThat(Role.parse(" Curator ")).isEqualTo(Role.CURATOR);
    assertThatThrownBy(() -> Role.parse("boss"))
        .hasMessageContaining("'boss'")
        .hasMessageContaining("reader, vendor, curator, admin");
  }
}
