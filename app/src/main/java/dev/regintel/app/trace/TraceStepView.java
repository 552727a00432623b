package dev.regintel.app.trace;

import dev.regintel.ontology.RelType;

/**
 * One step of a trace path: SATISFIES (control to requirement), a mapping relation as seen in the
 * direction walked, or PART_OF (from a child requirement to its parent, for the parent rule).
 */
public record TraceStepView(String fromId, String toId, String kind) {

  public static final String SATISFIES = RelType.SATISFIES.name();

  /**
   * The API's name for a step up the document hierarchy: a HAS_PART edge walked from child to
   * parent (not the PART_OF relationship type, which joins jurisdictions).
   */
  public static final String PART_OF = "PART_OF";
}
