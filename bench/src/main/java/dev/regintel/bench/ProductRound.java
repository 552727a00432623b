package dev.regintel.bench;

import java.util.stream.LongStream;

/**
 * One round of one way of {@link ProductsBenchmark}: the time of each batch written, and the
 * statements and transactions sent, when creating the product set and when updating every device.
 *
 * @param controlNanos each batch of controls with their claims
 * @param supplierNanos each batch of suppliers
 * @param deviceNanos each batch of devices with their links
 * @param updateNanos each batch of edited devices
 */
record ProductRound(
    long[] controlNanos,
    long[] supplierNanos,
    long[] deviceNanos,
    long[] updateNanos,
    long createStatements,
    long createTransactions,
    long updateStatements,
    long updateTransactions) {

  /** Creating the whole set, batch times added up. */
  double createSeconds() {
    return LongStream.of(controlNanos).sum() / 1e9
        + LongStream.of(supplierNanos).sum() / 1e9
        + LongStream.of(deviceNanos).sum() / 1e9;
  }

  /** Updating every device, batch times added up. */
  double updateSeconds() {
    return LongStream.of(updateNanos).sum() / 1e9;
  }
}
