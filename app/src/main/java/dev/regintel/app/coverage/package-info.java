/**
 * Coverage out: a device's coverage for chosen markets as files to keep, send or print. {@link
 * dev.regintel.app.coverage.CoverageReports} builds one format-neutral {@link
 * dev.regintel.app.coverage.CoverageReport} from the trace feature's coverage and trace answers
 * (read only through {@code CoverageService} and {@code TraceService}, never by Cypher of its own);
 * {@link dev.regintel.app.coverage.CoverageFormat} writes it as CSV, JSON, XLSX, an OSCAL
 * component-definition or a printable HTML page in English or Japanese. It is served as {@code GET
 * /exports/coverage}, linked from {@code DeviceCoverage.exports} and written by {@code regintel
 * export coverage}.
 */
package dev.regintel.app.coverage;
