package dev.regintel.app.productimport;

/**
 * The requirement a claim names, as the file names it: by the requirement's id (which a file gives
 * outright, or which follows from a document the file names by id and a ref), or by a document's
 * code (and version) and a ref, which only the graph can resolve.
 *
 * @param requirementId the requirement's id, when the file fixes it
 * @param documentId the document it is in, when the file fixes it
 * @param documentCode the document's code, when the file names it so ({@code ETSI EN 303 645})
 * @param documentVersion the version with that code, or null for the only one the graph holds
 * @param ref the requirement's citation inside the document
 * @param cited how the file cites it, for messages
 */
public record ClaimTarget(
    String requirementId,
    String documentId,
    String documentCode,
    String documentVersion,
    String ref,
    String cited) {

  /** A requirement the file fixes by id. */
  static ClaimTarget requirement(String requirementId, String documentId, String cited) {
    return new ClaimTarget(requirementId, documentId, null, null, null, cited);
  }

  /** A requirement of a document the file names by code. */
  static ClaimTarget byCode(String code, String version, String ref, String cited) {
    return new ClaimTarget(null, null, code, version, ref, cited);
  }
}
