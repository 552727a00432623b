package dev.regintel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regintel.app.write.DeviceWrite;
import dev.regintel.app.write.SatisfiesWrite;
import dev.regintel.ontology.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The product set of {@code bench products}, without a database. */
class ProductSetTests {

  static final ProductSet.Sizes SIZES = new ProductSet.Sizes(5, 40, 60, 3, 20, 200);

  @Test
  void theSameSeedGivesTheSameSet() {
    assertThat(ProductSet.generate(SIZES, 42)).isEqualTo(ProductSet.generate(SIZES, 42));
    assertThat(ProductSet.generate(SIZES, 43).devices())
        .isNotEqualTo(ProductSet.generate(SIZES, 42).devices());
  }

  @Test
  void theSetHasItsSizesAndEveryDeviceAboutItsControls() {
    ProductSet set = ProductSet.generate(SIZES, 42);
    assertThat(set.nodes()).containsEntry("Supplier", 5L).containsEntry("Device", 40L);
    assertThat(set.nodes()).containsEntry("Control", 60L);
    assertThat(set.relationships()).containsEntry("SATISFIES", 180L).containsEntry("SUPPLIES", 40L);
    for (DeviceWrite d : set.devices()) {
      assertThat(d.controls()).hasSizeBetween(15, 25).doesNotHaveDuplicates();
      assertThat(d.markets()).hasSizeBetween(1, 4).doesNotContain("INT");
      assertThat(set.markets()).containsAll(d.markets());
      assertThat(d.provenance().method()).isEqualTo(Method.MANUAL);
    }
    for (List<SatisfiesWrite> claims : set.claims().values()) {
      assertThat(claims).hasSize(3);
      assertThat(claims)
          .allSatisfy(c -> assertThat(set.requirements()).contains(c.requirementId()));
    }
  }

  @Test
  void anEditChangesTheNoteOfEveryDeviceAndNothingElse() {
    ProductSet set = ProductSet.generate(SIZES, 42);
    List<DeviceWrite> edited = set.edited("changed");
    assertThat(edited).extracting(DeviceWrite::note).containsOnly("changed");
    assertThat(edited)
        .extracting(DeviceWrite::controls)
        .isEqualTo(set.devices().stream().map(DeviceWrite::controls).toList());
  }

  @Test
  void batchesCutAListInOrder() {
    assertThat(ProductSet.batches(List.of(1, 2, 3, 4, 5), 2))
        .containsExactly(List.of(1, 2), List.of(3, 4), List.of(5));
  }

  @Test
  void impossibleSizesAreRefused() {
    assertThatThrownBy(() -> new ProductSet.Sizes(1, 1, 10, 3, 20, 100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ProductSet.Sizes(1, 1, 100, 30, 20, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSpreadIsTheMedianAndTheExtremes() {
    assertThat(ProductsReport.Spread.of(List.of(3.0, 1.0, 2.0), x -> x))
        .isEqualTo(new ProductsReport.Spread(2, 1, 3));
    assertThat(ProductsReport.Spread.of(List.of(4.0, 1.0, 2.0, 3.0), x -> x).median())
        .isEqualTo(2.5);
  }
}
