package dev.regintel.bench.sdn;

import dev.regintel.app.write.SupplierWrite;
import dev.regintel.ontology.Text;
import org.springframework.data.neo4j.core.schema.Node;

/** A maker or vendor of devices, with the properties the writing layer gives it. */
@Node("Supplier")
public class SupplierNode extends OwnedNode {

  private String name;
  private String nameJa;
  private String url;
  private boolean example;
  private String note;

  public SupplierNode(SupplierWrite s) {
    super(s.id(), s.provenance());
    name = s.name();
    nameJa = Text.japanese(s.nameJa());
    url = s.url();
    example = s.example();
    note = s.note();
  }

  private SupplierNode(String id) {
    super(id, null);
  }

  /** The supplier as the end of a link: its key alone, for a save that does not write it. */
  static SupplierNode key(String id) {
    return new SupplierNode(id);
  }
}
