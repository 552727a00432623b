package dev.regintel.crawlers.source.nist;

import java.util.List;

/**
 * An OSCAL property ({@code prop}): a name, its value, and the optional class and namespace that
 * qualify it, e.g. {@code label = "AC-2(1)"}, {@code label = "AC-02(01)" (class sp800-53a)}, {@code
 * status = "withdrawn"}.
 */
record OscalProp(String name, String value, String className, String ns) {

  /** The value of the plain (class-less) {@code label} property among {@code props}, or null. */
  static String label(List<OscalProp> props) {
    return props.stream()
        .filter(p -> p.isPlain("label"))
        .map(OscalProp::value)
        .findFirst()
        .orElse(null);
  }

  /** Whether this is a property with this name and no class. */
  boolean isPlain(String propName) {
    return propName.equals(name) && className == null;
  }
}
