package dev.regintel.ontology;

/** The life-cycle status of one document version. */
public enum DocumentStatus {
  DRAFT,
  FINAL,
  IN_FORCE,
  SUPERSEDED,
  WITHDRAWN
}
