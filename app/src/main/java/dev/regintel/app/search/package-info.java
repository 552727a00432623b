/**
 * Bilingual search (Japanese and English) with Lucene and Kuromoji. The index lives on disk under
 * the data directory, is built from the graph (so it can always be rebuilt, with embedded or
 * external Neo4j), and is rebuilt when the graph changes. A query in either language also matches
 * content in the other through the glossary (Term nodes), weighted below direct matches.
 */
package dev.regintel.app.search;
