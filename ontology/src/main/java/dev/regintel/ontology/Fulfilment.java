package dev.regintel.ontology;

import java.util.Collection;

/**
 * How completely a control, or a chain of mappings starting at a control, fulfils a requirement
 * ({@code SATISFIES.fulfilment}). Ordered from best to worst. The GraphQL enum {@code Fulfilment}
 * has exactly these values.
 */
public enum Fulfilment {
  /** Completely. */
  FULL,
  /** In part: some of the requirement is left open. */
  PARTIAL,
  /** Not at all. Never stored: a SATISFIES edge claims FULL or PARTIAL; NONE is computed. */
  NONE;

  /**
   * The fulfilment of the target of one mapping step, given the fulfilment of its source.
   *
   * <ul>
   *   <li>FULL through EQUAL or SUPERSET_OF stays FULL: the target's content lies inside the
   *       source's.
   *   <li>FULL through SUBSET_OF or INTERSECTS_WITH becomes PARTIAL: part of the target is left
   *       open.
   *   <li>PARTIAL through EQUAL or SUBSET_OF stays PARTIAL: what is met of the source lies inside
   *       the target.
   *   <li>PARTIAL through SUPERSET_OF or INTERSECTS_WITH becomes NONE: what is met of the source
   *       may lie wholly outside the target, so the step proves nothing about it. (A chain of
   *       intersections says nothing about its ends.)
   *   <li>NONE stays NONE.
   * </ul>
   */
  public Fulfilment through(Relation relation) {
    return switch (this) {
      case FULL -> relation.preservesFullFulfilment() ? FULL : PARTIAL;
      case PARTIAL -> relation == Relation.EQUAL || relation == Relation.SUBSET_OF ? PARTIAL : NONE;
      case NONE -> NONE;
    };
  }

  /** Composes a first fulfilment (the SATISFIES step) with the relations of a path, in order. */
  public static Fulfilment along(Fulfilment first, Iterable<Relation> relations) {
    Fulfilment current = first;
    for (Relation relation : relations) {
      current = current.through(relation);
    }
    return current;
  }

  /** The better of the two: FULL over PARTIAL over NONE. */
  public Fulfilment or(Fulfilment other) {
    return this.ordinal() <= other.ordinal() ? this : other;
  }

  /**
   * The fulfilment of a parent requirement from its mandatory children: FULL when every one is
   * FULL, PARTIAL when any is FULL or PARTIAL, NONE otherwise (and NONE for no children).
   */
  public static Fulfilment ofParent(Collection<Fulfilment> mandatoryChildren) {
    if (mandatoryChildren.isEmpty()) {
      return NONE;
    }
    if (mandatoryChildren.stream().allMatch(f -> f == FULL)) {
      return FULL;
    }
    return mandatoryChildren.stream().anyMatch(f -> f != NONE) ? PARTIAL : NONE;
  }
}
