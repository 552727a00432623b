package dev.regintel.app.productimport;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a product file needs to know of the graph, asked in one read ({@link
 * ProductImportRepository}), and what the graph answered.
 */
final class GraphLookup {

  private GraphLookup() {}

  /**
   * The questions.
   *
   * @param codes documents named by code: {@code key}, {@code code} (a code key), {@code version}
   *     (a version key, or null for any) and {@code refKeys} (the refs wanted in them, as slugs)
   * @param controls controls the file writes or names
   * @param devices devices the file writes
   * @param suppliers suppliers the file writes or names
   * @param markets jurisdiction codes
   */
  record Ask(
      List<String> requirements,
      List<String> documents,
      List<Map<String, Object>> codes,
      List<String> controls,
      List<String> devices,
      List<String> suppliers,
      List<String> markets) {}

  /**
   * The answers.
   *
   * @param requirements the requirements found, by id, each with whether it is withdrawn
   * @param documents the documents found by id
   * @param coded for each code key asked, the documents that have it
   * @param controls, devices, suppliers the nodes found, by id, with who wrote them
   * @param jurisdictions the jurisdiction codes found
   */
  record Found(
      Map<String, Boolean> requirements,
      Set<String> documents,
      Map<String, List<Coded>> coded,
      Map<String, Stored> controls,
      Map<String, Stored> devices,
      Map<String, Stored> suppliers,
      Set<String> jurisdictions) {}

  /**
   * A document found by its code.
   *
   * @param name its code and version, for messages
   * @param requirements the requirements asked for, by ref key, each with whether it is withdrawn
   */
  record Coded(String id, String name, Map<String, Requirement> requirements) {}

  /** A requirement found by its ref. */
  record Requirement(String id, boolean withdrawn) {}

  /**
   * A node that exists, with its provenance.
   *
   * @param method how it entered the graph ({@code srcMethod})
   * @param url where from ({@code srcUrl})
   * @param claims for a control, the ids of the requirements it claims to satisfy
   */
  record Stored(String method, String url, List<String> claims) {}
}
