package dev.regintel.crawlers.source.nist;

import java.util.List;

/**
 * An OSCAL part: a statement, an item of one ({@code a.}, {@code 1.}, {@code (a)}), an overview,
 * guidance, an example and so on, with its prose and the parts inside it.
 *
 * @param name the part name, e.g. {@code statement}, {@code item}, {@code guidance}, {@code
 *     example}
 * @param props its properties (an item's {@code label} among them)
 * @param prose its prose, one line per paragraph or list item, with parameter insertions written
 *     {@code {{ insert: param, <id> }}} whichever format it came from; empty when it has none
 * @param parts the parts inside it
 */
record OscalPart(String name, List<OscalProp> props, String prose, List<OscalPart> parts) {

  OscalPart {
    props = List.copyOf(props);
    prose = prose == null ? "" : prose;
    parts = List.copyOf(parts);
  }

  /** The value of the plain (class-less) {@code label} property, or null. */
  String label() {
    return OscalProp.label(props);
  }
}
