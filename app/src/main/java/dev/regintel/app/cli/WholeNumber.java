package dev.regintel.app.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A whole-number option within bounds: a subclass names the bounds, an option names the subclass as
 * its {@code converter}. Anything else is a usage error that says what is allowed.
 */
public abstract class WholeNumber implements ITypeConverter<Integer> {

  private final int min;
  private final int max;

  protected WholeNumber(int min, int max) {
    this.min = min;
    this.max = max;
  }

  @Override
  public Integer convert(String value) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new TypeConversionException(
        "must be a whole number from %d to %d, not '%s'".formatted(min, max, value));
  }
}
