package dev.regintel.app.write;

import java.util.Objects;

/**
 * A product record to remove: a supplier, a device, a control, or one SATISFIES claim.
 *
 * @param id the node's id; for {@link Kind#SATISFIES}, the control's
 * @param requirementId for {@link Kind#SATISFIES}, the requirement claimed; otherwise null
 */
public record ProductDeletion(Kind kind, String id, String requirementId) {

  /** What is removed. */
  public enum Kind {
    SUPPLIER,
    DEVICE,
    CONTROL,
    SATISFIES
  }

  public ProductDeletion {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    if ((kind == Kind.SATISFIES) != (requirementId != null)) {
      throw new IllegalArgumentException("a requirementId goes with SATISFIES, and only with it");
    }
  }

  public static ProductDeletion of(Kind kind, String id) {
    return new ProductDeletion(kind, id, null);
  }

  public static ProductDeletion claim(String controlId, String requirementId) {
    return new ProductDeletion(Kind.SATISFIES, controlId, requirementId);
  }
}
