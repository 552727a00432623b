package dev.regintel.app.ingest;

import dev.regintel.app.ingest.SeedModel.ControlsFile;
import dev.regintel.app.ingest.SeedModel.ProductsFile;
import dev.regintel.app.ingest.SeedModel.Source;
import dev.regintel.app.ingest.SeedUnit.Space;
import dev.regintel.app.write.ControlWrite;
import dev.regintel.app.write.DeviceWrite;
import dev.regintel.app.write.SatisfiesWrite;
import dev.regintel.app.write.SupplierWrite;

/** The seed files of controls and of products (suppliers and devices), as the writer's records. */
final class SeedProducts {

  private SeedProducts() {}

  static void controls(SeedUnit unit, ControlsFile file) {
    int[] claims = {0};
    SeedPlanner.forEach(
        file.controls(),
        (c, i) -> {
          String at = "/controls/" + i;
          unit.define(Space.CONTROL, c.id(), at + "/id");
          Source source = c.source() != null ? c.source() : file.source();
          unit.writes()
              .add(
                  new ControlWrite(
                      c.id(),
                      c.content(),
                      c.unverified(),
                      c.note(),
                      SeedPlanner.provenance(source, null)));
          SeedPlanner.forEach(
              c.satisfies(),
              (s, j) -> {
                unit.refer(
                    Space.REQUIREMENT, s.requirement(), at + "/satisfies/" + j + "/requirement");
                unit.writes()
                    .add(
                        new SatisfiesWrite(
                            c.id(),
                            s.requirement(),
                            s.fulfilment(),
                            s.evidence(),
                            SeedPlanner.provenance(
                                s.source() != null ? s.source() : source, null)));
                claims[0]++;
              });
        });
    unit.summarize(
        SeedPlanner.count(SeedPlanner.size(file.controls()), "control")
            + ", "
            + SeedPlanner.count(claims[0], "satisfies edge"));
  }

  static void products(SeedUnit unit, ProductsFile file) {
    SeedPlanner.forEach(
        file.suppliers(),
        (s, i) -> {
          unit.define(Space.SUPPLIER, s.id(), "/suppliers/" + i + "/id");
          unit.writes()
              .add(
                  new SupplierWrite(
                      s.id(),
                      s.name(),
                      s.nameJa(),
                      s.url(),
                      Boolean.TRUE.equals(s.example()),
                      s.note(),
                      SeedPlanner.provenance(
                          s.source() != null ? s.source() : file.source(), null)));
        });
    SeedPlanner.forEach(
        file.devices(),
        (d, i) -> {
          String at = "/devices/" + i;
          unit.define(Space.DEVICE, d.id(), at + "/id");
          if (d.supplier() != null) {
            unit.refer(Space.SUPPLIER, d.supplier(), at + "/supplier");
          }
          SeedPlanner.forEach(
              d.controls(), (c, j) -> unit.refer(Space.CONTROL, c, at + "/controls/" + j));
          SeedPlanner.forEach(
              d.markets(), (m, j) -> unit.refer(Space.JURISDICTION, m, at + "/markets/" + j));
          unit.writes()
              .add(
                  new DeviceWrite(
                      d.id(),
                      d.name(),
                      d.nameJa(),
                      d.category(),
                      d.use(),
                      Boolean.TRUE.equals(d.example()),
                      d.note(),
                      d.supplier(),
                      d.controls(),
                      d.markets(),
                      SeedPlanner.provenance(
                          d.source() != null ? d.source() : file.source(), null)));
        });
    unit.summarize(
        SeedPlanner.count(SeedPlanner.size(file.suppliers()), "supplier")
            + ", "
            + SeedPlanner.count(SeedPlanner.size(file.devices()), "device"));
  }
}
