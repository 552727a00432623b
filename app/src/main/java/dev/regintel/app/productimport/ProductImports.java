package dev.regintel.app.productimport;

import dev.regintel.app.internal.RegintelException;
import dev.regintel.app.internal.graphql.ApiException;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.productimport.GraphLookup.Ask;
import dev.regintel.app.productimport.ImportCheck.Checked;
import dev.regintel.app.productimport.ProductEntries.Control;
import dev.regintel.app.productimport.ProductEntries.Device;
import dev.regintel.app.productimport.ProductEntries.Supplier;
import dev.regintel.app.write.GraphChanged;
import dev.regintel.app.write.GraphWriter;
import dev.regintel.app.write.WriteResult;
import dev.regintel.app.write.Writes;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import dev.regintel.ontology.Sha256;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports product files: reads one ({@link ProductFiles}), looks up everything it refers to in one
 * read ({@link ProductImportRepository}), checks it ({@link ImportCheck}) and writes it in one
 * transaction through the {@link GraphWriter} as an {@link Method#IMPORT}, or writes nothing and
 * reports every problem. Every record it writes has the file's name, the SHA-256 of its bytes and
 * the time of the import as provenance. Ids come from the file (OSCAL uuids, a sheet's ids or
 * names), so importing the same file again changes nothing.
 */
@Service
@EnableConfigurationProperties(ProductImportLimits.class)
public class ProductImports {

  private final Graph graph;
  private final GraphWriter writer;
  private final ProductImportRepository repository;
  private final ProductImportLimits limits;
  private final ApplicationEventPublisher events;

  ProductImports(
      Graph graph,
      GraphWriter writer,
      ProductImportRepository repository,
      ProductImportLimits limits,
      ApplicationEventPublisher events) {
    this.graph = graph;
    this.writer = writer;
    this.repository = repository;
    this.limits = limits;
    this.events = events;
  }

  /** The limits files are held to. */
  public ProductImportLimits limits() {
    return limits;
  }

  /**
   * Imports a product file, or on a dry run checks it and says what it would write.
   *
   * @param fileName the file's name, without directories: its records' provenance
   * @throws ProductFileException when the file is over a limit or cannot be read as {@code format}
   */
  public ProductImportReport importFile(
      byte[] bytes, ProductFileFormat format, String fileName, boolean dryRun) {
    return importFile(bytes, format, fileName, dryRun, null, false);
  }

  /**
   * Imports a product file on behalf of an API key: what it creates is the key's, and it may change
   * only what the key owns unless {@code mayEditAny} (the writer's ownership rule).
   *
   * @param ownerKeyId the key's id; null for the command line, which writes as the operator
   * @throws ApiException FORBIDDEN when the file would change another key's or curated products
   */
  public ProductImportReport importFile(
      byte[] bytes,
      ProductFileFormat format,
      String fileName,
      boolean dryRun,
      String ownerKeyId,
      boolean mayEditAny) {
    ProductEntries entries = ProductFiles.read(bytes, format, fileName, limits);
    Provenance provenance =
        new Provenance(fileName, Instant.now(), Method.IMPORT, Sha256.hex(bytes));
    Ask ask = ImportCheck.ask(entries);
    if (dryRun) {
      Checked checked = ImportCheck.check(entries, repository.find(ask), provenance);
      return report(entries, checked, true, format, provenance, null);
    }
    Outcome outcome =
        graph.write(
            tx -> {
              Checked checked = ImportCheck.check(entries, repository.find(tx, ask), provenance);
              if (!checked.problems().isEmpty()) {
                return new Outcome(checked, null);
              }
              Writes writes = checked.writes();
              if (ownerKeyId != null) {
                writes.ownedBy(ownerKeyId, mayEditAny);
              }
              WriteResult result = writer.write(tx, writes, null);
              if (result.rejections().stream().anyMatch(WriteResult.Rejection::forbidden)) {
                throw ApiException.forbidden(
                    "key "
                        + ownerKeyId
                        + " may not change: "
                        + result.rejections().stream()
                            .map(WriteResult.Rejection::toString)
                            .collect(java.util.stream.Collectors.joining("; ")));
              }
              if (!result.rejections().isEmpty()) {
                throw new Refused(result); // rolls everything back
              }
              return new Outcome(checked, result);
            });
    if (outcome.result() != null) {
      GraphChanged.announce(graph, events);
    }
    return report(entries, outcome.checked(), false, format, provenance, outcome.result());
  }

  private record Outcome(Checked checked, WriteResult result) {}

  private static ProductImportReport report(
      ProductEntries entries,
      Checked checked,
      boolean dryRun,
      ProductFileFormat format,
      Provenance provenance,
      WriteResult result) {
    boolean accepted = checked.problems().isEmpty();
    return new ProductImportReport(
        accepted,
        dryRun,
        format,
        provenance.url(),
        provenance.sha256(),
        entries.title(),
        accepted
            ? ids(entries.suppliers().stream().filter(s -> !s.reference()).map(Supplier::id))
            : List.of(),
        accepted ? ids(entries.devices().stream().map(Device::id)) : List.of(),
        accepted
            ? ids(entries.controls().stream().filter(c -> !c.reference()).map(Control::id))
            : List.of(),
        accepted ? entries.claims().size() : 0,
        result == null ? 0 : result.nodesCreated(),
        result == null ? 0 : result.relationshipsCreated(),
        checked.problems(),
        checked.notices());
  }

  private static List<String> ids(Stream<String> ids) {
    return ids.distinct().toList();
  }

  /** A write the writer refused records of; thrown inside its transaction so that none is kept. */
  private static final class Refused extends RegintelException {
    Refused(WriteResult result) {
      super("the graph writer refused: " + result.rejections());
    }
  }
}
