package dev.regintel.bench;

import dev.regintel.app.write.ControlWrite;
import dev.regintel.app.write.DeviceWrite;
import dev.regintel.app.write.SatisfiesWrite;
import dev.regintel.app.write.SupplierWrite;
import java.util.List;
import java.util.Map;

/**
 * One way of writing products into the graph, compared by {@link ProductsBenchmark}. Each call
 * writes one batch in one transaction; a device's links and a control's claims replace the stored
 * ones, as the app's writing layer does.
 */
interface ProductWay {

  /** How the way is named in the report. */
  String name();

  /**
   * @param claims the claims of every control, by control id
   */
  void controls(List<ControlWrite> controls, Map<String, List<SatisfiesWrite>> claims);

  void suppliers(List<SupplierWrite> suppliers);

  void devices(List<DeviceWrite> devices);
}
