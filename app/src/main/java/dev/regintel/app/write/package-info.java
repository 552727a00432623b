/**
 * The one writing layer: every path into the graph (seed files, crawls, and the imports and
 * mutations to come) hands its records to {@link dev.regintel.app.write.GraphWriter} as {@link
 * dev.regintel.app.write.Writes}, and the {@link dev.regintel.app.write.MergePolicy} written once
 * here decides who may overwrite what, what becomes a change ({@code :Change}) and what is a
 * conflict. Documents and requirements are merged field by field; products, reference data and
 * mappings are owned by their writer and replaced as a whole.
 */
package dev.regintel.app.write;
