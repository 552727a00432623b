package dev.regintel.app.productimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a product sheet saved from a spreadsheet as CSV (RFC 4180, Commons CSV): a header row
 * naming columns from {@link #COLUMNS} in any order (case, spaces and hyphens in names do not
 * matter; a column may be left out), then rows. The supplier and device columns describe the one
 * product of the sheet: fill them once or repeat them, but never differently. Each row with a
 * control (its id or name) names that control; the control's columns may be repeated on the rows of
 * its other claims. A row with claim columns makes one claim for its control. Rows are counted as a
 * spreadsheet shows them, the header being row 1.
 */
final class ProductSheetCsv {

  /** Every column a sheet may have. */
  static final List<String> COLUMNS =
      List.of(
          "supplier_id",
          "supplier_name",
          "supplier_name_ja",
          "supplier_url",
          "device_id",
          "device_name",
          "device_name_ja",
          "device_category",
          "device_use",
          "device_markets",
          "device_note",
          "control_id",
          "control_name",
          "control_name_ja",
          "control_category",
          "control_description",
          "control_description_ja",
          "requirement",
          "document",
          "version",
          "ref",
          "fulfilment",
          "evidence");

  private static final List<String> CLAIM_COLUMNS =
      List.of("requirement", "document", "version", "ref", "fulfilment", "evidence");

  private final List<ImportProblem> problems;
  private final Fields supplier;
  private final Fields device;
  private final Map<String, Fields> controls = new LinkedHashMap<>();
  private final Map<String, List<ProductSheet.Claim>> claims = new HashMap<>();
  private final Map<String, String> keyByName = new HashMap<>();
  private int claimCount;

  private ProductSheetCsv(List<ImportProblem> problems) {
    this.problems = problems;
    this.supplier = new Fields(problems);
    this.device = new Fields(problems);
  }

  /**
   * The sheet in {@code text}; problems of single cells go to {@code problems}.
   *
   * @throws ProductFileException when the text is not CSV with a header row, or has more controls
   *     or claims than the limits allow
   */
  static ProductSheet read(String text, ProductImportLimits limits, List<ImportProblem> problems) {
    ProductSheetCsv sheet = new ProductSheetCsv(problems);
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (CSVParser parser = format.parse(new StringReader(text))) {
      Map<String, String> columns = sheet.columns(parser.getHeaderNames());
      for (CSVRecord record : parser) {
        sheet.row(record, columns, limits);
      }
    } catch (UncheckedIOException
        | IOException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw ProductFileException.unreadable("malformed CSV: " + e.getMessage(), e);
    }
    return sheet.sheet();
  }

  /** The sheet's column names by the header's names; unknown ones are problems. */
  private Map<String, String> columns(List<String> header) {
    if (header.isEmpty()) {
      throw ProductFileException.unreadable("the CSV has no header row naming its columns");
    }
    Map<String, String> columns = new HashMap<>();
    for (String name : header) {
      String column = name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
      if (COLUMNS.contains(column)) {
        columns.put(column, name);
      } else if (!column.isEmpty()) {
        problems.add(
            new ImportProblem(
                "row 1", "column '" + name + "' is none of the sheet's columns " + COLUMNS));
      }
    }
    return columns;
  }

  private void row(CSVRecord record, Map<String, String> columns, ProductImportLimits limits) {
    long row = record.getRecordNumber() + 1;
    Map<String, String> cells = new HashMap<>();
    columns.forEach(
        (column, name) -> {
          String value = record.isSet(name) ? record.get(name) : null;
          if (value != null && !value.isBlank()) {
            cells.put(column, value.strip());
          }
        });
    cells.forEach(
        (column, value) -> {
          if (column.startsWith("supplier_")) {
            supplier.merge(column, value, row);
          } else if (column.startsWith("device_")) {
            device.merge(column, value, row);
          }
        });
    String key = controlKey(cells.get("control_id"), cells.get("control_name"));
    if (key != null) {
      Fields control = controls.computeIfAbsent(key, k -> new Fields(problems));
      limits.checkControls(controls.size());
      cells.forEach(
          (column, value) -> {
            if (column.startsWith("control_")) {
              control.merge(column, value, row);
            }
          });
    }
    if (CLAIM_COLUMNS.stream().anyMatch(cells::containsKey)) {
      if (key == null) {
        problems.add(
            new ImportProblem(
                "row " + row, "a claim needs the control it is for: control_id or control_name"));
        return;
      }
      limits.checkClaims(++claimCount);
      claims
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(
              new ProductSheet.Claim(
                  cells.get("requirement"),
                  cells.get("document"),
                  cells.get("version"),
                  cells.get("ref"),
                  cells.get("fulfilment"),
                  cells.get("evidence"),
                  "row " + row));
    }
  }

  /** A control is known by its id; by its name on rows without one. */
  private String controlKey(String id, String name) {
    if (id != null) {
      if (name != null) {
        keyByName.putIfAbsent(name, "id:" + id);
      }
      return "id:" + id;
    }
    return name == null ? null : keyByName.getOrDefault(name, "name:" + name);
  }

  private ProductSheet sheet() {
    ProductSheet.Supplier theSupplier =
        supplier.isEmpty()
            ? null
            : new ProductSheet.Supplier(
                supplier.get("supplier_id"),
                supplier.get("supplier_name"),
                supplier.get("supplier_name_ja"),
                supplier.get("supplier_url"),
                supplier.at());
    ProductSheet.Device theDevice =
        device.isEmpty()
            ? null
            : new ProductSheet.Device(
                device.get("device_id"),
                device.get("device_name"),
                device.get("device_name_ja"),
                device.get("device_category"),
                device.get("device_use"),
                device.get("device_markets") == null
                    ? List.of()
                    : Arrays.stream(device.get("device_markets").split("[;,\\s]+"))
                        .filter(m -> !m.isEmpty())
                        .toList(),
                device.get("device_note"),
                device.at());
    List<ProductSheet.Control> list = new ArrayList<>();
    controls.forEach(
        (key, c) ->
            list.add(
                new ProductSheet.Control(
                    c.get("control_id"),
                    c.get("control_name"),
                    c.get("control_name_ja"),
                    c.get("control_category"),
                    c.get("control_description"),
                    c.get("control_description_ja"),
                    claims.getOrDefault(key, List.of()),
                    c.at())));
    return new ProductSheet(theSupplier, theDevice, list);
  }

  /**
   * The cells of one part of the sheet (the supplier, the device, one control) gathered over its
   * rows: a value may be repeated, never changed.
   */
  private static final class Fields {
    private final List<ImportProblem> problems;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Long> rows = new HashMap<>();
    private long first = -1;

    Fields(List<ImportProblem> problems) {
      this.problems = problems;
    }

    void merge(String column, String value, long row) {
      String held = values.putIfAbsent(column, value);
      if (held == null) {
        rows.put(column, row);
        first = first < 0 ? row : Math.min(first, row);
      } else if (!held.equals(value)) {
        problems.add(
            new ImportProblem(
                "row " + row,
                column
                    + " '"
                    + value
                    + "' differs from '"
                    + held
                    + "' on row "
                    + rows.get(column)
                    + " (repeat a value on later rows, or leave it empty there)"));
      }
    }

    String get(String column) {
      return values.get(column);
    }

    boolean isEmpty() {
      return values.isEmpty();
    }

    String at() {
      return "row " + first;
    }
  }
}
