/**
 * What is not API: configuration, the Neo4j connection (embedded or external), the query executor,
 * GraphQL plumbing (scalars, errors) and the GraphiQL page.
 */
package dev.regintel.app.internal;
