package dev.regintel.bench.sdn;

import dev.regintel.app.product.ControlContent;
import dev.regintel.app.write.ControlWrite;
import dev.regintel.app.write.SatisfiesWrite;
import dev.regintel.ontology.Text;
import java.util.List;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/**
 * A security control with its claims ({@code SATISFIES}), saved together. The requirements at the
 * other end are read, not written ({@code cascadeUpdates = false}), as the writing layer only
 * matches them.
 */
@Node("Control")
public class ControlNode extends OwnedNode {

  private String name;
  private String nameJa;
  private String description;
  private String descriptionJa;
  private String category;
  private List<String> unverified;
  private String note;

  @Relationship(type = "SATISFIES", cascadeUpdates = false)
  private List<Claim> satisfies;

  /**
   * @param claims the control's claims: saving the control replaces its stored ones with these
   */
  public ControlNode(ControlWrite c, List<SatisfiesWrite> claims) {
    super(c.id(), c.provenance());
    ControlContent content = c.content();
    name = content.name();
    nameJa = Text.japanese(content.nameJa());
    description = content.description();
    descriptionJa = Text.japanese(content.descriptionJa());
    category = content.category();
    unverified = c.unverified();
    note = c.note();
    satisfies = claims.stream().map(Claim::new).toList();
  }
}
