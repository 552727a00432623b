/**
 * Spring Data Neo4j for {@code regintel bench products} only: the product nodes and their links as
 * {@code @Node} entities and {@code @RelationshipProperties}, with the labels, relationship types
 * and property names (provenance included) that the app's writing layer writes; their repositories;
 * a Spring context that sets them up as Spring Boot would ({@link
 * dev.regintel.bench.sdn.SdnStore}); and {@link dev.regintel.bench.sdn.ClientDriver}, which runs
 * the writing layer's own statements through SDN's {@code Neo4jClient}. The service does not use
 * Spring Data Neo4j; a test keeps it so.
 */
package dev.regintel.bench.sdn;
