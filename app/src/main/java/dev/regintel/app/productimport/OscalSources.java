package dev.regintel.app.productimport;

import dev.regintel.app.productimport.OscalComponentDefinition.Resource;
import dev.regintel.ontology.Ids;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of our documents a control implementation's {@code source} names. NIST publishes its
 * catalogs and baseline profiles in usnistgov/oscal-content under file names that say which
 * publication they are ({@code NIST_SP-800-53_rev5_MODERATE-baseline_profile.json}, {@code
 * NIST_CSF_v2.0_catalog.xml}); a profile selects controls of its catalog, so the control ids it
 * lends a component definition are the catalog's. A source is recognised by that file name, in a
 * URL or a relative path, directly or through the back-matter resource a {@code #uuid} points to;
 * and a source may name one of our documents outright by its id ({@code doc:nist-ir-8259a:final}),
 * for catalogs NIST publishes no OSCAL for. Anything else is a named problem.
 */
final class OscalSources {

  /**
   * A document a source resolves to.
   *
   * @param sp80053 whether control ids follow SP 800-53's scheme ({@code ac-2.1} is {@code
   *     AC-2(1)})
   */
  record Catalog(String documentId, String name, boolean sp80053) {}

  /** The file-name prefixes of NIST's OSCAL content, with the document each stands for. */
  private static final Map<String, Catalog> NIST_FILES =
      Map.of(
          "NIST_SP-800-53_rev5_",
          new Catalog("doc:nist-sp-800-53:r5", "NIST SP 800-53 Revision 5", true),
          "NIST_SP-800-53_rev4_",
          new Catalog("doc:nist-sp-800-53:r4", "NIST SP 800-53 Revision 4", true),
          "NIST_CSF_v2.0_",
          new Catalog("doc:nist-csf:2.0", "NIST CSF 2.0", false));

  /** What the problem message says a source may be. */
  static final String KNOWN =
      "a source must be one of NIST's OSCAL catalogs or baseline profiles of SP 800-53 Revision 4"
          + " or 5 or CSF 2.0, named by its file name in usnistgov/oscal-content (e.g."
          + " NIST_SP-800-53_rev5_catalog.json), directly or through a back-matter resource, or one"
          + " of our documents by its id (doc:...)";

  private final Map<String, Resource> resources;

  OscalSources(List<Resource> resources) {
    this.resources = new HashMap<>();
    resources.forEach(r -> this.resources.putIfAbsent(r.uuid(), r));
  }

  /**
   * The document {@code source} names.
   *
   * @throws IllegalArgumentException saying why the source names none, or more than one
   */
  Catalog resolve(String source) {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("the control implementation names no source");
    }
    if (source.startsWith("#")) {
      Resource resource = resources.get(source.substring(1));
      if (resource == null) {
        throw new IllegalArgumentException(
            "the source " + source + " points to no back-matter resource of the file");
      }
      Set<Catalog> found = new LinkedHashSet<>();
      for (String href : resource.hrefs()) {
        Catalog catalog = ofAddress(href);
        if (catalog != null) {
          found.add(catalog);
        }
      }
      if (found.size() > 1) {
        throw new IllegalArgumentException(
            "the source " + source + " links to more than one catalog: " + found);
      }
      if (found.isEmpty()) {
        throw new IllegalArgumentException(
            "the source "
                + source
                + " (resource '"
                + resource.title()
                + "', links "
                + resource.hrefs()
                + ") names no catalog we hold; "
                + KNOWN);
      }
      return found.iterator().next();
    }
    Catalog catalog = ofAddress(source);
    if (catalog == null) {
      throw new IllegalArgumentException(
          "the source '" + source + "' names no catalog we hold; " + KNOWN);
    }
    return catalog;
  }

  /** The document a URL, path or document id stands for, or null. */
  private static Catalog ofAddress(String address) {
    String value = address.strip();
    if (Ids.isDocument(value)) {
      return new Catalog(value, value, value.startsWith("doc:nist-sp-800-53:"));
    }
    String path = value.replaceFirst("[?#].*$", "");
    String file = path.substring(path.lastIndexOf('/') + 1);
    return NIST_FILES.entrySet().stream()
        .filter(e -> file.startsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }
}
