package dev.regintel.crawlers.crawl;

import dev.regintel.crawlers.CrawlRecord;
import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.RequirementRecord;
import dev.regintel.crawlers.Source;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A sink that keeps the latest record per key in memory, counting as a graph store would. */
final class MemorySink implements RecordSink {

  final Map<String, CrawlRecord> stored = new TreeMap<>();
  int calls;

  @Override
  public Stored accept(Source source, Fetched resource, List<CrawlRecord> records) {
    calls++;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (CrawlRecord record : records) {
      CrawlRecord before = stored.put(key(record), record);
      if (before == null) {
        created++;
      } else if (Objects.equals(before, record)) {
        unchanged++;
      } else {
        updated++;
      }
    }
    return new Stored(created, updated, unchanged, 0, 0);
  }

  static String key(CrawlRecord record) {
    return switch (record) {
      case DocumentRecord d -> d.id();
      case RequirementRecord r -> r.documentId() + "#" + r.ref();
    };
  }
}
