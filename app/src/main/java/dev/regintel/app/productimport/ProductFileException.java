package dev.regintel.app.productimport;

import dev.regintel.app.internal.RegintelException;

/**
 * A product file that cannot be read at all: malformed for its format, not the kind of document the
 * format names, or over one of the {@link ProductImportLimits}. A file that reads but refers to
 * what the graph does not hold is not this: it is refused with its problems listed ({@link
 * ProductImportReport#problems()}).
 */
public final class ProductFileException extends RegintelException {

  private final String limit;

  private ProductFileException(String message, String limit, Throwable cause) {
    super(message, cause);
    this.limit = limit;
  }

  static ProductFileException unreadable(String message) {
    return new ProductFileException(message, null, null);
  }

  static ProductFileException unreadable(String message, Throwable cause) {
    return new ProductFileException(message, null, cause);
  }

  /**
   * @param limit the property under {@code regintel.limits}, e.g. {@code
   *     product-import.max-file-size}
   */
  static ProductFileException overLimit(String what, String limit, long max) {
    return new ProductFileException(
        what + " exceeds the limit of " + max + " (regintel.limits." + limit + ").", limit, null);
  }

  /** The limit under {@code regintel.limits} the file is over, or null when it is malformed. */
  public String limit() {
    return limit;
  }
}
