package dev.regintel.bench.sdn;

import org.neo4j.driver.Driver;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Spring Data Neo4j on a driver the caller owns: a Spring context of its own ({@link
 * SdnConfiguration}), apart from the app's, so that the app runs as it does in production.
 */
public final class SdnStore implements AutoCloseable {

  private final AnnotationConfigApplicationContext context;

  private SdnStore(AnnotationConfigApplicationContext context) {
    this.context = context;
  }

  /** Sets up Spring Data Neo4j on {@code driver}, which stays open when this store is closed. */
  public static SdnStore open(Driver driver) {
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    context.registerBean(Driver.class, () -> driver, d -> d.setDestroyMethodName(""));
    context.register(SdnConfiguration.class);
    context.refresh();
    return new SdnStore(context);
  }

  public SupplierRepository suppliers() {
    return context.getBean(SupplierRepository.class);
  }

  public ControlRepository controls() {
    return context.getBean(ControlRepository.class);
  }

  public DeviceRepository devices() {
    return context.getBean(DeviceRepository.class);
  }

  /**
   * A driver for the app's {@code Graph} whose write transactions run through this store's {@link
   * Neo4jClient} and transaction manager ({@link ClientDriver}).
   */
  public Driver clientDriver() {
    return ClientDriver.over(
        context.getBean(Driver.class),
        context.getBean(Neo4jClient.class),
        context.getBean(PlatformTransactionManager.class));
  }

  @Override
  public void close() {
    context.close();
  }
}
