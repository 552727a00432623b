package dev.regintel.bench;

import dev.regintel.app.product.ControlContent;
import dev.regintel.app.write.ControlWrite;
import dev.regintel.app.write.DeviceWrite;
import dev.regintel.app.write.SatisfiesWrite;
import dev.regintel.app.write.SupplierWrite;
import dev.regintel.ontology.ControlCategory;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A synthetic product set as vendors write it, as the app's write records: suppliers; a shared pool
 * of controls, each claiming to satisfy {@code claims} requirements (FULL or PARTIAL, with
 * evidence); and devices, each supplied by one supplier, implementing about {@code
 * controlsPerDevice} controls of the pool (five fewer to five more) and marketed in one to four
 * jurisdictions. The same sizes and seed give the same set. Every record says it was written by
 * hand ({@link Method#MANUAL}), as a vendor's edit through the API is.
 *
 * @param claims each control's claims, by control id
 * @param requirements the requirements the claims name, which must exist beforehand
 * @param markets the jurisdiction codes the devices are marketed in, which must exist beforehand
 */
record ProductSet(
    List<SupplierWrite> suppliers,
    List<ControlWrite> controls,
    Map<String, List<SatisfiesWrite>> claims,
    List<DeviceWrite> devices,
    List<String> requirements,
    List<String> markets) {

  /** Where synthetic product facts say they were read. */
  static final Provenance PROVENANCE =
      new Provenance(SyntheticGraph.SOURCE + "products", null, Method.MANUAL, null);

  /** How many jurisdictions devices are marketed in: the first of the vocabulary's, but INT. */
  static final int MARKETS = 12;

  /**
   * The sizes of a product set.
   *
   * @param suppliers suppliers
   * @param devices devices
   * @param controls controls in the shared pool
   * @param claims claims (SATISFIES) per control
   * @param controlsPerDevice controls a device implements, on average
   * @param requirements requirements the claims choose from
   */
  record Sizes(
      int suppliers,
      int devices,
      int controls,
      int claims,
      int controlsPerDevice,
      int requirements) {

    Sizes {
      if (suppliers < 1 || devices < 1 || controls < 1 || claims < 0 || controlsPerDevice < 1) {
        throw new IllegalArgumentException("a product set needs suppliers, devices and controls");
      }
      if (claims > requirements || controlsPerDevice + 5 > controls) {
        throw new IllegalArgumentException(
            "claims must be at most the requirements, and controls per device at most the"
                + " controls less five");
      }
    }
  }

  static ProductSet generate(Sizes sizes, long seed) {
    SplittableRandom random = SyntheticGraph.random(seed, 20);
    List<String> requirements = new ArrayList<>();
    for (int r = 0; r < sizes.requirements(); r++) {
      requirements.add("req:syn-products:r" + r);
    }
    List<String> markets =
        Vocabulary.PLACES.stream()
            .map(Vocabulary.Place::code)
            .filter(code -> !code.equals("INT"))
            .limit(MARKETS)
            .toList();
    List<SupplierWrite> suppliers = new ArrayList<>();
    for (int s = 0; s < sizes.suppliers(); s++) {
      suppliers.add(
          new SupplierWrite(
              "sup:syn-" + s,
              "Synthetic supplier " + s,
              "合成サプライヤー" + s,
              SyntheticGraph.SOURCE + "suppliers/" + s,
              true,
              null,
              PROVENANCE));
    }
    List<ControlWrite> controls = new ArrayList<>();
    Map<String, List<SatisfiesWrite>> claims = new LinkedHashMap<>();
    ControlCategory[] categories = ControlCategory.values();
    for (int c = 0; c < sizes.controls(); c++) {
      String id = "ctl:syn-products-" + c;
      ControlContent content =
          new ControlContent(
              "Synthetic control " + c,
              "合成管理策" + c,
              "What synthetic control " + c + " does, in a sentence or two.",
              "合成管理策" + c + "の説明。",
              categories[c % categories.length].name());
      controls.add(new ControlWrite(id, content, List.of(), null, PROVENANCE));
      List<SatisfiesWrite> mine = new ArrayList<>();
      for (int r : pick(random, sizes.claims(), sizes.requirements())) {
        String fulfilment = random.nextDouble() < SyntheticProducts.FULL_SHARE ? "FULL" : "PARTIAL";
        mine.add(
            new SatisfiesWrite(
                id, requirements.get(r), fulfilment, "Test report " + c + "-" + r, PROVENANCE));
      }
      claims.put(id, List.copyOf(mine));
    }
    List<String> controlIds = controls.stream().map(ControlWrite::id).toList();
    List<DeviceWrite> devices = new ArrayList<>();
    List<String> categoriesOfDevices = Vocabulary.DEVICE_CATEGORIES;
    for (int d = 0; d < sizes.devices(); d++) {
      int used = sizes.controlsPerDevice() - 5 + random.nextInt(11);
      devices.add(
          new DeviceWrite(
              "dev:syn-" + d,
              "Synthetic device " + d,
              "合成機器" + d,
              categoriesOfDevices.get(random.nextInt(categoriesOfDevices.size())),
              null,
              true,
              null,
              suppliers.get(random.nextInt(suppliers.size())).id(),
              ids(pick(random, used, sizes.controls()), controlIds),
              ids(pick(random, 1 + random.nextInt(4), markets.size()), markets),
              PROVENANCE));
    }
    return new ProductSet(suppliers, controls, claims, devices, requirements, markets);
  }

  /** {@code k} distinct numbers below {@code n}, sorted. */
  private static int[] pick(SplittableRandom random, int k, int n) {
    return SyntheticProducts.distinct(k, n, () -> random.nextInt(n));
  }

  private static List<String> ids(int[] indexes, List<String> ids) {
    return Arrays.stream(indexes).mapToObj(ids::get).toList();
  }

  /** The devices again, each with {@code note} in place of its note: a vendor's edit of each. */
  List<DeviceWrite> edited(String note) {
    return devices.stream()
        .map(
            d ->
                new DeviceWrite(
                    d.id(),
                    d.name(),
                    d.nameJa(),
                    d.category(),
                    d.use(),
                    d.example(),
                    note,
                    d.supplier(),
                    d.controls(),
                    d.markets(),
                    d.provenance()))
        .toList();
  }

  /** The product nodes the set makes, by label. */
  Map<String, Long> nodes() {
    return Map.of(
        "Supplier", (long) suppliers.size(),
        "Control", (long) controls.size(),
        "Device", (long) devices.size());
  }

  /** The relationships the set makes, by type. */
  Map<String, Long> relationships() {
    return Map.of(
        "SATISFIES", claims.values().stream().mapToLong(List::size).sum(),
        "SUPPLIES", devices.stream().filter(d -> d.supplier() != null).count(),
        "IMPLEMENTS", devices.stream().mapToLong(d -> d.controls().size()).sum(),
        "MARKETED_IN", devices.stream().mapToLong(d -> d.markets().size()).sum());
  }

  /** {@code list} cut into batches of at most {@code size}. */
  static <T> List<List<T>> batches(List<T> list, int size) {
    List<List<T>> batches = new ArrayList<>();
    for (int from = 0; from < list.size(); from += size) {
      batches.add(list.subList(from, Math.min(list.size(), from + size)));
    }
    return batches;
  }
}
