package dev.regintel.ontology;

/**
 * Whose duty an applicable requirement is: a property the device itself must have, or something its
 * maker or the organisations using it must do (processes, reporting), which no feature of the
 * device fulfils and coverage reports apart from the device's gaps.
 */
public enum Duty {
  /** A property or feature of the device. */
  DEVICE,
  /** A duty of an organisation: the manufacturer's processes, or an entity's own obligations. */
  ORGANISATION
}
