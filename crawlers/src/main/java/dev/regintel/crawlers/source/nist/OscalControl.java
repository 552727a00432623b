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
 */
record OscalControl(
    String id,
    boolean group,
    String className,
    String title,
    List<OscalProp> props,
    List<OscalPart> parts,
    List<OscalControl> children) {

  OscalControl {
    props = List.copyOf(props);
    parts = List.copyOf(parts);
    children = List.copyOf(children);
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
