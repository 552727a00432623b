package dev.regintel.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ObligationTests {

  @Test
  void mandatoryAndConditionalChildrenBindTheirParent() {
    assertThat(Arrays.stream(Obligation.values()).filter(Obligation::binds))
        .containsExactly(Obligation.MANDATORY, Obligation.CONDITIONAL);
  }
}
