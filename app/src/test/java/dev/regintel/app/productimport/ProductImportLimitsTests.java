package dev.regintel.app.productimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regintel.app.internal.config.RegintelProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** The limits bind under regintel.limits.product-import, beside the other limits. */
class ProductImportLimitsTests {

  static Binder binder(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings));
  }

  static ProductImportLimits bind(Map<String, String> settings) {
    return binder(settings)
        .bindOrCreate("regintel.limits.product-import", ProductImportLimits.class);
  }

  @Test
  void limitsAreSetOrTakeTheirDocumentedDefaults() {
    assertThat(bind(Map.of())).isEqualTo(ProductImportLimits.DEFAULTS);
    ProductImportLimits set =
        bind(
            Map.of(
                "regintel.limits.product-import.max-file-size", "1MB",
                "regintel.limits.product-import.max-claims", "10"));
    assertThat(set.maxFileSize()).isEqualTo(DataSize.ofMegabytes(1));
    assertThat(set.maxClaims()).isEqualTo(10);
    assertThat(set.maxComponents()).isEqualTo(100);
  }

  @Test
  void theOtherLimitsStillBindBesideThem() {
    Map<String, String> settings =
        Map.of(
            "regintel.limits.max-depth", "7",
            "regintel.limits.product-import.max-controls", "3");
    assertThat(
            binder(settings).bindOrCreate("regintel", RegintelProperties.class).limits().maxDepth())
        .isEqualTo(7);
    assertThat(bind(settings).maxControls()).isEqualTo(3);
  }

  @Test
  void aZeroLimitIsRefusedNamingIt() {
    assertThatThrownBy(() -> bind(Map.of("regintel.limits.product-import.max-claims", "0")))
        .isInstanceOf(BindException.class)
        .rootCause()
        .hasMessageContaining(
            "regintel.limits.product-import.max-components, max-controls and max-claims must be at least 1");
  }
}
