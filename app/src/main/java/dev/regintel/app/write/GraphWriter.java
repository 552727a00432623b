package dev.regintel.app.write;

import dev.regintel.app.internal.neo4j.Graph;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The one way into the graph: seed files, crawls and (next) imports and the API hand their records
 * to {@link #write} as {@link Writes}, and the {@link MergePolicy} decides what each may overwrite,
 * what becomes a change and what is a conflict.
 */
@Component
public class GraphWriter {

  /**
   * Writes {@code writes} inside the caller's transaction, in the order the records refer to each
   * other. Records that cannot be stored (an unknown publisher, a requirement of an unknown
   * document, a value outside the ontology, a crawled product) are left out and listed in the
   * result with why; the caller decides whether that fails the transaction.
   *
   * @param runId the crawl or import run the history is recorded under, or null
   */
  public WriteResult write(Graph.Tx tx, Writes writes, String runId) {
    WriteTx w = new WriteTx(tx, writes.origin, Instant.now(), runId);
    w.owner = writes.ownerKeyId;
    if (writes.ownerKeyId != null && !writes.mayEditAny && !KeyOwnership.check(w, writes)) {
      return w.result();
    }
    ProductWriter products = new ProductWriter(w);
    ReferenceWriter reference = new ReferenceWriter(w, products);
    reference.jurisdictions(writes.jurisdictions);
    reference.publishers(writes.publishers);
    DocumentWriter documents = new DocumentWriter(w);
    documents.write(writes.documents);
    new RequirementWriter(w).write(writes.requirements, documents.accepted, documents.created);
    reference.rules(writes.rules);
    products.controls(writes.controls);
    products.satisfies(writes.satisfies);
    products.suppliers(writes.suppliers);
    products.devices(writes.devices);
    reference.mappings(writes.mappings);
    reference.terms(writes.terms);
    new ProductDeletes(w).delete(writes.deletions);
    return w.result();
  }
}
