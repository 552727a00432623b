/**
 * Backup and restore of the whole graph: {@link dev.regintel.app.backup.GraphExporter} writes it as
 * a JSON Lines file (the format is {@code docs/backup.md}), {@link
 * dev.regintel.app.backup.GraphImporter} validates such a file in full and then restores it into an
 * empty graph. A restore is not a domain write: it bypasses the graph writer and its merge policy
 * and puts back exactly what was exported.
 */
package dev.regintel.app.backup;
