package dev.regintel.crawlers.source.nist;

import java.util.List;
import java.util.Map;

/**
 * An OSCAL catalog as read from JSON or XML, in one shape so that both formats are mapped by the
 * same code.
 *
 * @param title the metadata title, e.g. {@code NIST Cybersecurity Framework 2.0}
 * @param metadataProps the metadata properties
 * @param members the catalog's top-level groups and controls, in document order
 * @param params every parameter of the catalog by id, wherever it is declared (statements may
 *     insert parameters of other controls, and selections insert parameters too)
 */
record OscalTree(
    String title,
    List<OscalProp> metadataProps,
    List<OscalControl> members,
    Map<String, OscalParam> params) {

  OscalTree {
    metadataProps = List.copyOf(metadataProps);
    members = List.copyOf(members);
    params = Map.copyOf(params);
  }
}
