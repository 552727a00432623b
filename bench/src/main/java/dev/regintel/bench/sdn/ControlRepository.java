package dev.regintel.bench.sdn;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Controls with their claims, saved by Spring Data Neo4j. */
public interface ControlRepository extends Neo4jRepository<ControlNode, String> {}
