package dev.regintel.app.productimport;

import java.util.List;

/**
 * A product sheet, as a vendor fills it in a spreadsheet (CSV) or writes it (YAML): one product,
 * that is one device with its supplier, and the device's controls, each with the requirements it
 * claims to fulfil. Values are as written; {@link SheetProducts} checks them. Every part knows
 * where it stands in the file ({@code at}: a CSV row, a YAML path).
 */
record ProductSheet(Supplier supplier, Device device, List<Control> controls) {

  /** The maker: an id alone names one the graph holds; a name makes the sheet write it. */
  record Supplier(String id, String name, String nameJa, String url, String at) {}

  /** The device, written by the sheet; its id is made from its name when not given. */
  record Device(
      String id,
      String name,
      String nameJa,
      String category,
      String use,
      List<String> markets,
      String note,
      String at) {}

  /** A control: an id alone names one the graph holds; a name makes the sheet write it. */
  record Control(
      String id,
      String name,
      String nameJa,
      String category,
      String description,
      String descriptionJa,
      List<Claim> claims,
      String at) {}

  /**
   * A claim: the requirement by its id, or by its document (an id, or a code with a version when
   * the graph holds more than one) and its ref.
   */
  record Claim(
      String requirement,
      String document,
      String version,
      String ref,
      String fulfilment,
      String evidence,
      String at) {}
}
