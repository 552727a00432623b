package dev.regintel.ontology;

/**
 * The life-cycle status of one document version ({@code Document.status}). The GraphQL enum {@code
 * DocumentStatus} and the seed schema have exactly these values.
 */
public enum DocumentStatus {
  /** A draft, e.g. a public draft open or closed for comment, or a bill before it is passed. */
  DRAFT,
  /** Published in final form. */
  FINAL,
  /** A law or regulation that is in force. */
  IN_FORCE,
  /** Replaced by a newer document. */
  SUPERSEDED,
  /** Withdrawn by its publisher. */
  WITHDRAWN
}
