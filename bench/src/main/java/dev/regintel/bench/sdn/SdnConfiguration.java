package dev.regintel.bench.sdn;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.neo4j.autoconfigure.DataNeo4jAutoConfiguration;
import org.springframework.boot.data.neo4j.autoconfigure.DataNeo4jRepositoriesAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Data Neo4j as Spring Boot sets it up (mapping context, {@code Neo4jClient}, template,
 * transaction manager, repositories), for the entities and repositories of this package, on the
 * driver {@link SdnStore} registers; nothing else of Boot's.
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
@ImportAutoConfiguration({
  DataNeo4jAutoConfiguration.class,
  DataNeo4jRepositoriesAutoConfiguration.class
})
class SdnConfiguration {}
