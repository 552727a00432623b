package dev.regintel.app.productimport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one product file may hold, under {@code regintel.limits.product-import} beside the other
 * {@code regintel.limits}. A file over a limit is refused before anything of it is resolved, with
 * an error naming the limit and its value.
 *
 * @param maxFileSize the most bytes a file may have (default 5MB); a GraphQL upload counts its
 *     content in UTF-8
 * @param maxComponents the most components an OSCAL component definition may have (default 100)
 * @param maxControls the most controls a product sheet may define or name (default 500)
 * @param maxClaims the most claims a file may make: implemented requirements of an OSCAL file,
 *     claim rows of a sheet (default 2000)
 */
@ConfigurationProperties("regintel.limits.product-import")
public record ProductImportLimits(
    @DefaultValue("5MB") DataSize maxFileSize,
    @DefaultValue("100") int maxComponents,
    @DefaultValue("500") int maxControls,
    @DefaultValue("2000") int maxClaims) {

  /** The documented defaults. */
  public static final ProductImportLimits DEFAULTS =
      new ProductImportLimits(DataSize.ofMegabytes(5), 100, 500, 2000);

  /** The prefix of every limit's name, for messages. */
  static final String PREFIX = "product-import.";

  public ProductImportLimits {
    if (maxFileSize == null || maxFileSize.toBytes() < 1) {
      throw new IllegalArgumentException(
          "regintel.limits.product-import.max-file-size must be at least 1B, not " + maxFileSize);
    }
    if (maxComponents < 1 || maxControls < 1 || maxClaims < 1) {
      throw new IllegalArgumentException(
          "regintel.limits.product-import.max-components, max-controls and max-claims must be at"
              + " least 1");
    }
  }

  /**
   * Refuses a file of {@code bytes} bytes when it is over {@link #maxFileSize}.
   *
   * @throws ProductFileException naming the limit
   */
  public void checkFileSize(long bytes) {
    check("The file (" + bytes + " bytes)", bytes, maxFileSize.toBytes(), "max-file-size");
  }

  void checkComponents(int count) {
    check("The file's " + count + " components", count, maxComponents, "max-components");
  }

  void checkControls(int count) {
    check("The sheet's " + count + " controls", count, maxControls, "max-controls");
  }

  void checkClaims(int count) {
    check("The file's " + count + " claims", count, maxClaims, "max-claims");
  }

  private static void check(String what, long count, long max, String name) {
    if (count > max) {
      throw ProductFileException.overLimit(what, PREFIX + name, max);
    }
  }
}
