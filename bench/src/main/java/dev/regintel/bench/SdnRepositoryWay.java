package dev.regintel.bench;

import dev.regintel.app.write.ControlWrite;
import dev.regintel.app.write.DeviceWrite;
import dev.regintel.app.write.SatisfiesWrite;
import dev.regintel.app.write.SupplierWrite;
import dev.regintel.bench.sdn.ControlNode;
import dev.regintel.bench.sdn.DeviceNode;
import dev.regintel.bench.sdn.SdnStore;
import dev.regintel.bench.sdn.SupplierNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Products through Spring Data Neo4j's repositories: a batch is one {@code saveAll} (one
 * transaction) of the records as entities, with the same properties, provenance and links. Devices
 * link to the control instances saved last (see {@link DeviceNode}), as an application holding its
 * domain objects would.
 */
final class SdnRepositoryWay implements ProductWay {

  private final SdnStore store;

  /** The controls as last saved, with their claims, for the devices to link to. */
  private final Map<String, ControlNode> saved = new HashMap<>();

  SdnRepositoryWay(SdnStore store) {
    this.store = store;
  }

  @Override
  public String name() {
    return "SDN repositories";
  }

  @Override
  public void controls(List<ControlWrite> controls, Map<String, List<SatisfiesWrite>> claims) {
    List<ControlNode> nodes =
        controls.stream().map(c -> new ControlNode(c, claims.get(c.id()))).toList();
    for (ControlNode c : store.controls().saveAll(nodes)) {
      saved.put(c.getId(), c);
    }
  }

  @Override
  public void suppliers(List<SupplierWrite> suppliers) {
    store.suppliers().saveAll(suppliers.stream().map(SupplierNode::new).toList());
  }

  @Override
  public void devices(List<DeviceWrite> devices) {
    store.devices().saveAll(devices.stream().map(d -> new DeviceNode(d, saved::get)).toList());
  }
}
