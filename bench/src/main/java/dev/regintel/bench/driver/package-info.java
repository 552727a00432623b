/**
 * The Neo4j driver seen from a benchmark: {@link dev.regintel.bench.driver.CountingDriver} counts
 * the statements and transactions that go through a driver, whoever sends them (the app's {@code
 * Graph}, Spring Data Neo4j), and {@link dev.regintel.bench.driver.Proxies} stands in for the
 * driver's interfaces.
 */
package dev.regintel.bench.driver;
