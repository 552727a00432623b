package dev.regintel.crawlers.source.nist;

import java.util.List;

/**
 * One group or control of an imported OSCAL catalog, flattened: an SP 800-53 family, control or
 * control enhancement; a CSF function, category or subcategory.
 *
 * @param oscalId its OSCAL id, e.g. {@code ac-2.1}, {@code PR.AA-01}
 * @param ref its citation, by the rules of {@link NistCatalog}: {@code AC-2(1)}, {@code PR.AA-01}
 * @param parentRef the ref of the group or control it stands in, or null at the top
 * @param className its OSCAL {@code class}, e.g. {@code family}, {@code SP800-53-enhancement},
 *     {@code subcategory}; may be null
 * @param group whether it is an OSCAL {@code group} (a family, a function)
 * @param title a requirement title: {@code Account Management (AC-2)}
 * @param text its statement with parameters written out as SP 800-53 prints them ({@link
 *     OscalProse}); null when it has none (families, withdrawn controls)
 * @param withdrawn whether the catalog marks it withdrawn ({@code status} property)
 * @param incorporatedInto for a withdrawn item, the refs of the items its content went to
 */
public record ImportedControl(
    String oscalId,
    String ref,
    String parentRef,
    String className,
    boolean group,
    String title,
    String text,
    boolean withdrawn,
    List<String> incorporatedInto) {

  public ImportedControl {
    incorporatedInto = List.copyOf(incorporatedInto);
  }
}
