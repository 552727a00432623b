package dev.regintel.bench;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.write.ControlWrite;
import dev.regintel.app.write.DeviceWrite;
import dev.regintel.app.write.GraphWriter;
import dev.regintel.app.write.SatisfiesWrite;
import dev.regintel.app.write.SupplierWrite;
import dev.regintel.app.write.WriteResult;
import dev.regintel.app.write.Writes;
import dev.regintel.ontology.Method;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Products through the app's writing layer, as a vendor's edit through the API goes: a batch is one
 * {@code Writes(MANUAL)}, written by {@link GraphWriter} in one transaction of {@code graph}.
 */
record GraphWriterWay(String name, Graph graph, GraphWriter writer) implements ProductWay {

  @Override
  public void controls(List<ControlWrite> controls, Map<String, List<SatisfiesWrite>> claims) {
    write(
        writes -> {
          for (ControlWrite c : controls) {
            writes.add(c);
            claims.get(c.id()).forEach(writes::add);
          }
        });
  }

  @Override
  public void suppliers(List<SupplierWrite> suppliers) {
    write(writes -> suppliers.forEach(writes::add));
  }

  @Override
  public void devices(List<DeviceWrite> devices) {
    write(writes -> devices.forEach(writes::add));
  }

  private void write(Consumer<Writes> records) {
    Writes writes = new Writes(Method.MANUAL);
    records.accept(writes);
    WriteResult result = graph.write(tx -> writer.write(tx, writes, null));
    if (!result.rejections().isEmpty()) {
      throw new IllegalStateException("the writing layer refused " + result.rejections());
    }
  }
}
