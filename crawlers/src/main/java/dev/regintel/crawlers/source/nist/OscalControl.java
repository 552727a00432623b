package dev.regintel.crawlers.source.nist;

import java.util.List;

/**
 * An OSCAL group or control, with the groups and controls nested in it: a CSF function (group),
 * category (control) or subcategory (control in a control); an SP 800-53 family (group), control,
 * or control enhancement (control in a control).
 *
 * @param id the OSCAL id, e.g. {@code GV.OC-01}, {@code ac}, {@code ac-2.1}
 * @param group whether it is a {@code group} rather than a {@code control}
 * @param className its {@code class}, e.g. {@code function}, {@code subcategory}, {@code family},
 *     {@code SP800-53-enhancement}; may be null
 * @param title its title
 * @param props its properties
 * @param parts its parts
 * @param children the groups and controls inside it, in document order
 * @param incorporatedInto for a withdrawn item, the ids of the items its content went to (its
 *     {@code incorporated-into} and {@code moved-to} links), in the order given; else empty
 */
record OscalControl(
    String id,
    boolean group,
    String className,
    String title,
    List<OscalProp> props,
    List<OscalPart> parts,
    List<OscalControl> children,
    List<String> incorporatedInto) {

  /** The {@code rel} values of the links that say where a withdrawn item's content went. */
  static final java.util.Set<String> INCORPORATION_RELS =
      java.util.Set.of("incorporated-into", "moved-to");

  OscalControl {
    props = List.copyOf(props);
    parts = List.copyOf(parts);
    children = List.copyOf(children);
    incorporatedInto = List.copyOf(incorporatedInto);
  }

  /** The item id a link's {@code href} points at ({@code #ac-2} is {@code ac-2}), or null. */
  static String linkTarget(String href) {
    if (href == null || !href.startsWith("#") || href.length() < 2) {
      return null;
    }
    return href.substring(1).strip();
  }

  /** The value of the plain (class-less) {@code label} property, or null. */
  String label() {
    return OscalProp.label(props);
  }

  /** Whether a {@code status} property says {@code withdrawn}, as in the SP 800-53 catalogs. */
  boolean markedWithdrawn() {
    return props.stream()
        .anyMatch(p -> "status".equals(p.name()) && "withdrawn".equalsIgnoreCase(p.value()));
  }

  boolean hasPart(String name) {
    return parts.stream().anyMatch(p -> name.equals(p.name()));
  }
}
