package dev.regintel.ontology;

/**
 * The theme of a control ({@code Control.category}). The seed schema has exactly these values. (A
 * device's {@code category} is another thing: an open set of product categories such as {@code
 * CONSUMER_IOT} that applicability rules name.)
 */
public enum ControlCategory {
  /** Passwords and other authentication values: unique per device, set by the user, changeable. */
  AUTHENTICATION,
  /** Receiving, handling and disclosing vulnerabilities; monitoring components for them. */
  VULNERABILITY_MANAGEMENT,
  /** Getting security fixes onto devices: mechanism, signing, automatic updates, timeliness. */
  SOFTWARE_UPDATE,
  /**
   * Keys and algorithms: unique keys, their life cycle, reviewed and updateable implementations.
   */
  CRYPTOGRAPHY,
  /** Protecting stored credentials, keys and data; no hard-coded secrets. */
  SECURE_STORAGE,
  /** Protecting data in transit, e.g. TLS, MACsec. */
  COMMUNICATION,
  /** Closing what is not needed: unused ports, debug and physical interfaces, disclosure. */
  ATTACK_SURFACE,
  /** Keeping software and data unaltered: secure boot, signed updates, anti-rollback. */
  INTEGRITY,
  /** Personal data: minimisation, information, consent. */
  PRIVACY,
  /** Working through outages and attacks: local operation, reconnection, denial of service. */
  RESILIENCE,
  /** Security logging and anomaly detection. */
  MONITORING,
  /** Erasing user and personal data, factory reset. */
  DATA_DELETION,
  /** Making security easy for users: guided set-up, one-step updates. */
  USABILITY,
  /** Validating input data. */
  INPUT_VALIDATION,
  /** The device's own identity on networks, e.g. IEEE 802.1AR, 802.1X onboarding. */
  IDENTITY,
  /** Who may do what on the device: authorisation, least privilege, sessions. */
  ACCESS_CONTROL,
  /** Suppliers and components: SBOMs, supplier assessment. */
  SUPPLY_CHAIN,
  /** What the maker publishes: support periods, model designation, policies. */
  DOCUMENTATION,
  /** The maker's organisation: development life cycle, risk assessment, management systems. */
  GOVERNANCE,
  /** Responding to and reporting incidents and exploited vulnerabilities. */
  INCIDENT_RESPONSE
}
