package dev.regintel.crawlers.source.nist;

import java.util.List;

/**
 * An OSCAL parameter a statement inserts with {@code {{ insert: param, <id> }}}: either a value to
 * assign, described by its label, or a selection among choices (which may insert parameters
 * themselves). Values set by a profile, if any, come first.
 *
 * @param id the parameter id, e.g. {@code ac-01_odp.04}
 * @param label what the organization assigns, e.g. {@code official}, or null
 * @param howMany {@code one-or-more} for a multiple selection, else null
 * @param choices the choices of a selection, empty for an assignment
 * @param values values set for the parameter, usually empty in a catalog
 */
record OscalParam(
    String id, String label, String howMany, List<String> choices, List<String> values) {

  OscalParam {
    choices = List.copyOf(choices);
    values = List.copyOf(values);
  }

  boolean isSelection() {
    return !choices.isEmpty();
  }
}
