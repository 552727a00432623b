package dev.regintel.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdsTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "5.1-1 | 5.1-1",
        "Art. 21(2)(d) | art-21-2-d",
        "Sch. 1 para. 1(1) | sch-1-para-1-1",
        "1798.91.04(b)(1) | 1798.91.04-b-1",
        "Annex I Part I (2)(a) | annex-i-part-i-2-a",
        "GV.SC | gv.sc",
        "GV.SC-01 | gv.sc-01",
        "Guideline 13 | guideline-13",
        "Ａｒｔ． ２０ | art-20",
      })
  void slugFollowsTheDocumentedRule(String ref, String expected) {
    assertThat(Ids.slug(ref)).isEqualTo(expected);
  }

  @Test
  void requirementIdJoinsDocumentAndRef() {
    assertThat(Ids.requirement("doc:etsi-en-303-645:v2.1.1", "5.1-1"))
        .isEqualTo("req:etsi-en-303-645:v2.1.1:5.1-1");
    assertThat(Ids.requirement("doc:eu-2022-2555", "Art. 21(2)(d)"))
        .isEqualTo("req:eu-2022-2555:art-21-2-d");
    assertThat(Ids.isRequirement("req:eu-2022-2555:art-21-2-d")).isTrue();
  }

  @Test
  void refWithNothingUsableIsRejectedWithTheRef() {
    assertThatThrownBy(() -> Ids.slug("()"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'()'");
  }

  @Test
  void requirementIdNeedsADocumentId() {
    assertThatThrownBy(() -> Ids.requirement("etsi", "5.1-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a document id");
  }

  @Test
  void codeKeyIgnoresCaseSpacesAndPunctuation() {
    assertThat(Ids.codeKey("ETSI EN 303 645")).isEqualTo(Ids.codeKey("etsi en303645"));
    assertThat(Ids.codeKey("Directive (EU) 2022/2555")).isEqualTo("directiveeu20222555");
    assertThat(Ids.codeKey("ＮＩＳＴ IR 8259A")).isEqualTo("nistir8259a");
  }
}
