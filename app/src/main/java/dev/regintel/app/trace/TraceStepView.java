package dev.regintel.app.trace;

/**
 * One step of a trace path: SATISFIES (control to requirement), a mapping relation as seen in the
 * direction walked, or PART_OF (from a child requirement to its parent, for the parent rule).
 */
public record TraceStepView(String fromId, String toId, String kind) {

  public static final String SATISFIES = "SATISFIES";
  public static final String PART_OF = "PART_OF";
}
