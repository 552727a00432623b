package dev.regintel.crawlers.source.uk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.ontology.Ids;
import org.junit.jupiter.api.Test;

class LegislationItemTests {

  @Test
  void ukStatutoryInstrumentsUseTheSeedsShortForm() {
    assertThat(LegislationItem.fromIdUri("http://www.legislation.gov.uk/id/uksi/2023/1007"))
        .get()
        .returns("doc:uk-si-2023-1007", LegislationItem::documentId)
        .returns("SI 2023/1007", LegislationItem::code)
        .returns("https://www.legislation.gov.uk/uksi/2023/1007", LegislationItem::url);
  }

  @Test
  void otherTypesUseTheirUriAbbreviation() {
    assertThat(LegislationItem.fromIdUri("http://www.legislation.gov.uk/id/ukpga/2022/46"))
        .get()
        .returns("doc:uk-ukpga-2022-46", LegislationItem::documentId)
        .returns("2022 c. 46", LegislationItem::code)
        .returns("pub:uk-parliament", LegislationItem::publisher);
  }

  @Test
  void regnalYearsBecomeValidIds() {
    LegislationItem act =
        LegislationItem.fromIdUri("http://www.legislation.gov.uk/id/ukpga/Eliz2/3-4/19")
            .orElseThrow();

    assertThat(act.year()).isEqualTo("Eliz2/3-4");
    assertThat(act.documentId()).isEqualTo("doc:uk-ukpga-eliz2-3-4-19");
    assertThat(Ids.isDocument(act.documentId())).isTrue();
  }

  @Test
  void unknownTypesAndOtherAddressesAreNotItems() {
    assertThat(LegislationItem.fromIdUri("http://www.legislation.gov.uk/id/eur/2016/679"))
        .isEmpty();
    assertThat(LegislationItem.fromIdUri("http://www.legislation.gov.uk/uksi/2023/1007")).isEmpty();
    assertThat(LegislationItem.fromIdUri(null)).isEmpty();
  }
}
