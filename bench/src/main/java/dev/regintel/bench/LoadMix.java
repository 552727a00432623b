package dev.regintel.bench;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the load benchmark asks, and how often: the four kinds of question users ask most, over the
 * ids and codes the service itself lists (so every request names something that exists).
 */
final class LoadMix {

  /** A kind of request: its share of the mix and its GraphQL document. */
  enum Kind {
    TRACE(
        30,
        """
        query Trace($id: ID!) {
          trace(controlId: $id) { hits { requirement { id } fulfilment hops } }
        }"""),
    SEARCH(
        30,
        """
        query Search($q: String!) {
          search(query: $q, first: 10) { total hits { kind id title snippet } }
        }"""),
    DOCUMENT(
        20,
        """
        query Document($code: String!, $version: String) {
          document(code: $code, version: $version) {
            id title status
            requirements(first: 20) { totalCount edges { node { id ref title } } }
          }
        }"""),
    COVERAGE(
        20,
        """
        query Coverage($id: ID!) {
          coverage(deviceId: $id) { jurisdictions { jurisdiction { code } full partial none } }
        }""");

    final int weight;
    final String query;

    Kind(int weight, String query) {
      this.weight = weight;
      this.query = query;
    }
  }

  /** Searches in English and Japanese, as the glossary pairs them, and by designation. */
  static final List<String> SEARCHES =
      List.of(
          "password",
          "パスワード",
          "vulnerability disclosure",
          "脆弱性",
          "software update",
          "ソフトウェア更新",
          "incident reporting",
          "インシデント報告",
          "encryption",
          "暗号化",
          "EN 303 645",
          "supply chain");

  /** One request to send. */
  record Request(Kind kind, Map<String, Object> variables) {}

  private final List<String> controls;
  private final List<String> devices;
  private final List<Map<String, Object>> documents;

  /**
   * @param documents each with its {@code code} and, where it has one, {@code version}
   */
  LoadMix(List<String> controls, List<String> devices, List<Map<String, Object>> documents) {
    if (controls.isEmpty() || devices.isEmpty() || documents.isEmpty()) {
      throw new IllegalArgumentException(
          "the service lists no "
              + (controls.isEmpty() ? "controls" : devices.isEmpty() ? "devices" : "documents")
              + ": load it with seed data first");
    }
    this.controls = List.copyOf(controls);
    this.devices = List.copyOf(devices);
    this.documents = List.copyOf(documents);
  }

  /** The next request, drawn by the kinds' weights. */
  Request next(SplittableRandom random) {
    int total = 0;
    for (Kind k : Kind.values()) {
      total += k.weight;
    }
    int draw = random.nextInt(total);
    Kind kind = Kind.TRACE;
    for (Kind k : Kind.values()) {
      if (draw < k.weight) {
        kind = k;
        break;
      }
      draw -= k.weight;
    }
    return switch (kind) {
      case TRACE -> new Request(kind, Map.of("id", pick(random, controls)));
      case SEARCH -> new Request(kind, Map.of("q", pick(random, SEARCHES)));
      case DOCUMENT -> new Request(kind, pick(random, documents));
      case COVERAGE -> new Request(kind, Map.of("id", pick(random, devices)));
    };
  }

  private static <T> T pick(SplittableRandom random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
