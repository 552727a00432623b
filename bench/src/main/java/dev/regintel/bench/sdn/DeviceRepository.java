package dev.regintel.bench.sdn;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Devices with their links, saved by Spring Data Neo4j. */
public interface DeviceRepository extends Neo4jRepository<DeviceNode, String> {}
