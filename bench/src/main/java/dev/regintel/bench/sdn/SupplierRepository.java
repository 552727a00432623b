package dev.regintel.bench.sdn;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Suppliers, saved by Spring Data Neo4j. */
public interface SupplierRepository extends Neo4jRepository<SupplierNode, String> {}
