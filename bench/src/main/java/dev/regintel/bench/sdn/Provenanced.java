package dev.regintel.bench.sdn;

import dev.regintel.ontology.Provenance;
import org.springframework.data.neo4j.core.schema.Property;

/**
 * What every node and relationship the app writes carries: its {@link Provenance}, flattened into
 * the properties the app's writing layer uses, absent values left out.
 */
public abstract class Provenanced {

  @Property(Provenance.URL_KEY)
  private String url;

  @Property(Provenance.METHOD_KEY)
  private String method;

  @Property(Provenance.RETRIEVED_KEY)
  private String retrieved;

  @Property(Provenance.SHA256_KEY)
  private String sha256;

  /**
   * @param provenance null for a node given by its key alone, which a save does not write
   */
  Provenanced(Provenance provenance) {
    if (provenance == null) {
      return;
    }
    url = provenance.url();
    method = provenance.method().name();
    retrieved = provenance.retrieved() == null ? null : provenance.retrieved().toString();
    sha256 = provenance.sha256();
  }
}
