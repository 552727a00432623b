package dev.regintel.bench.sdn;

import dev.regintel.app.write.DeviceWrite;
import dev.regintel.ontology.Provenance;
import dev.regintel.ontology.Text;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/**
 * A device with its links: who supplies it, the controls it implements, its markets; each link
 * carries the device's provenance, as the writing layer writes it. Saving a device replaces its
 * stored links with these. The nodes at the other ends are written on their own: a save does not
 * write them ({@code cascadeUpdates = false}, and they are never new) but reads each one to link to
 * it, so suppliers and markets are given here by their keys alone ({@link SupplierNode#key}).
 */
@Node("Device")
public class DeviceNode extends OwnedNode {

  private String name;
  private String nameJa;
  private String category;
  private boolean example;
  private String note;

  @Relationship(
      type = "SUPPLIES",
      direction = Relationship.Direction.INCOMING,
      cascadeUpdates = false)
  private SupplierLink supplier;

  @Relationship(type = "IMPLEMENTS", cascadeUpdates = false)
  private List<ControlLink> controls;

  @Relationship(type = "MARKETED_IN", cascadeUpdates = false)
  private List<MarketLink> markets;

  /**
   * @param savedControls the control of each id, as saved: a device's save goes on through the
   *     controls it implements to their claims (SDN deletes the relationships of a related node
   *     that its instance does not hold, whatever {@code cascadeUpdates} says), so they must be the
   *     saved controls with their claims, not keys
   */
  public DeviceNode(DeviceWrite d, Function<String, ControlNode> savedControls) {
    super(d.id(), d.provenance());
    name = d.name();
    nameJa = Text.japanese(d.nameJa());
    category = d.category();
    example = d.example();
    note = d.note();
    Provenance p = d.provenance();
    supplier = d.supplier() == null ? null : new SupplierLink(SupplierNode.key(d.supplier()), p);
    controls = d.controls().stream().map(c -> new ControlLink(savedControls.apply(c), p)).toList();
    markets = d.markets().stream().map(m -> new MarketLink(new JurisdictionNode(m), p)).toList();
  }
}
