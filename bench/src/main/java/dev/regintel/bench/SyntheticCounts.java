package dev.regintel.bench;

/**
 * How many of each thing a synthetic graph at scale S aims for. Scale 1 is about the shipped
 * corpus; scale 100 about a world-wide collection (10k documents, 200k requirements, 1M mappings,
 * 20k controls, 50k devices). Things grow at different rates (devices far faster than documents),
 * so each count follows its own power law through its two anchors, {@code c1 * S^k} with {@code k =
 * log(c100 / c1) / log(100)}, and never drops below a floor that keeps tiny graphs usable.
 */
record SyntheticCounts(
    int jurisdictions,
    int publishers,
    int documents,
    int requirements,
    int mappings,
    int controls,
    int devices,
    int suppliers,
    int topics) {

  static SyntheticCounts at(double scale) {
    if (!(scale > 0) || scale > 1000) {
      throw new IllegalArgumentException("scale must be above 0 and at most 1000, not " + scale);
    }
    return new SyntheticCounts(
        Math.min(between(scale, 7, 250, 3), 2000),
        between(scale, 18, 1_000, 2),
        between(scale, 130, 10_000, 4),
        between(scale, 500, 200_000, 12),
        between(scale, 330, 1_000_000, 6),
        between(scale, 110, 20_000, 3),
        between(scale, 3, 50_000, 2),
        between(scale, 3, 2_000, 1),
        between(scale, 30, 2_000, 2));
  }

  /** {@code c1} at scale 1, {@code c100} at scale 100, a power law through both, at least min. */
  static int between(double scale, int c1, int c100, int min) {
    double k = Math.log((double) c100 / c1) / Math.log(100);
    return (int)
        Math.max(min, Math.min(Integer.MAX_VALUE / 4, Math.round(c1 * Math.pow(scale, k))));
  }
}
