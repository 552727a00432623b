package dev.regintel.bench;

import dev.regintel.bench.LoadMix.Kind;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * One run of the load benchmark: starts the service in a JVM of its own on a new data directory
 * with the seed data (as a first {@code serve} does), lists the controls, devices and documents it
 * serves, warms it up, then lets many clients send a mix of trace, search, document and coverage
 * requests at once for a fixed time while a health check runs once a second.
 */
final class LoadBenchmark {

  /** Failures kept in the report as they were answered. */
  static final int ERROR_SAMPLES = 10;

  private final LoadOptions options;
  private final PrintStream out;

  /**
   * What one run does.
   *
   * @param clients clients at once
   * @param seconds the measured time
   * @param warmupSeconds the warm-up time, all clients
   * @param seedData the seed files the service loads
   * @param seed the seed of the clients' choices
   * @param dataDir the data directory; null for a new temporary one
   */
  record LoadOptions(
      int clients, int seconds, int warmupSeconds, Path seedData, long seed, Path dataDir) {}

  LoadBenchmark(LoadOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  LoadReport run() {
    BenchOptions dirs = new BenchOptions(1, 1, 0, options.seed(), options.dataDir());
    return BenchApp.inDataDirectory(
        dirs,
        data -> {
          out.printf("Starting the service in %s with the seed data of %s...%n", data, seed());
          try (ServiceProcess service = ServiceProcess.start(data, dirs.pageCache(), seed())) {
            LoadMix mix = discover(new GraphQlHttp(service.endpoint()));
            out.printf(
                "Warming up: %d clients for %d s...%n", options.clients(), options.warmupSeconds());
            drive(service.endpoint(), mix, options.warmupSeconds(), null);
            out.printf("Measuring: %d clients for %d s...%n", options.clients(), options.seconds());
            return measure(service.endpoint(), service.publicHealth(), mix);
          }
        });
  }

  private Path seed() {
    if (!Files.isDirectory(options.seedData())) {
      throw new IllegalArgumentException("no seed data directory " + options.seedData());
    }
    return options.seedData();
  }

  /** The ids and codes to ask about, from the service itself, once its search index is built. */
  private LoadMix discover(GraphQlHttp http) {
    long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (!found(http.post(Kind.SEARCH.query, Map.of("q", "password")))) {
      if (System.nanoTime() > until) {
        throw new IllegalStateException("the service's search index found nothing in 3 minutes");
      }
      sleep(500);
    }
    JsonNode data =
        http.post(
                """
                query Ids {
                  controls(first: 500) { edges { node { id } } }
                  devices(first: 500) { edges { node { id } } }
                  documents(first: 500) { edges { node { code version } } }
                }""",
                Map.of())
            .data();
    if (data == null) {
      throw new IllegalStateException(
          "the service did not list its controls, devices and documents");
    }
    List<String> controls = new ArrayList<>();
    data.at("/controls/edges").forEach(e -> controls.add(e.at("/node/id").asString()));
    List<String> devices = new ArrayList<>();
    data.at("/devices/edges").forEach(e -> devices.add(e.at("/node/id").asString()));
    List<Map<String, Object>> documents = new ArrayList<>();
    data.at("/documents/edges")
        .forEach(
            e -> {
              Map<String, Object> variables = new HashMap<>();
              variables.put("code", e.at("/node/code").asString());
              JsonNode version = e.at("/node/version");
              variables.put("version", version.isNull() ? null : version.asString());
              documents.add(variables);
            });
    out.printf(
        "  %d controls, %d devices, %d documents%n",
        controls.size(), devices.size(), documents.size());
    return new LoadMix(controls, devices, documents);
  }

  private static boolean found(GraphQlHttp.Answer answer) {
    return answer.data() != null && answer.data().at("/search/total").asInt() > 0;
  }

  private LoadReport measure(URI endpoint, URI health, LoadMix mix) {
    Map<Kind, List<Long>> nanos = new EnumMap<>(Kind.class);
    Map<Kind, AtomicLong> errors = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      nanos.put(k, Collections.synchronizedList(new ArrayList<>()));
      errors.put(k, new AtomicLong());
    }
    List<String> samples = Collections.synchronizedList(new ArrayList<>());
    Collector collector = new Collector(nanos, errors, samples);
    HealthProbe probe = new HealthProbe(health);
    Thread prober = Thread.ofPlatform().name("bench-health").start(probe);
    long started = System.nanoTime();
    drive(endpoint, mix, options.seconds(), collector);
    double elapsed = (System.nanoTime() - started) / 1e9;
    probe.stop();
    try {
      prober.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<LoadReport.KindFigures> kinds = new ArrayList<>();
    List<Long> all = new ArrayList<>();
    long allErrors = 0;
    for (Kind k : Kind.values()) {
      List<Long> series = nanos.get(k);
      all.addAll(series);
      allErrors += errors.get(k).get();
      kinds.add(new LoadReport.KindFigures(k.name(), latencies(series), errors.get(k).get()));
    }
    kinds.add(new LoadReport.KindFigures("ALL", latencies(all), allErrors));
    return new LoadReport(
        "load",
        options.clients(),
        options.seconds(),
        options.warmupSeconds(),
        MachineFacts.current("embedded in the service (see service.log)", "256m"),
        all.size(),
        all.size() / elapsed,
        kinds,
        probe.health(),
        List.copyOf(samples.subList(0, Math.min(ERROR_SAMPLES, samples.size()))));
  }

  private static Latencies latencies(List<Long> nanos) {
    return Latencies.of(nanos.stream().mapToLong(Long::longValue).toArray());
  }

  /** Where the measured requests go; null while warming up. */
  private record Collector(
      Map<Kind, List<Long>> nanos, Map<Kind, AtomicLong> errors, List<String> samples) {

    void answered(Kind kind, GraphQlHttp.Answer answer) {
      if (answer.error() == null) {
        nanos.get(kind).add(answer.nanos());
      } else {
        failed(kind, answer.error());
      }
    }

    void failed(Kind kind, String error) {
      errors.get(kind).incrementAndGet();
      if (samples.size() < ERROR_SAMPLES) {
        samples.add(kind + ": " + error);
      }
    }
  }

  /**
   * Runs the clients for {@code seconds}, each with a connection and a random stream of its own.
   */
  private void drive(URI endpoint, LoadMix mix, int seconds, Collector collector) {
    long until = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> clients = new ArrayList<>();
    AtomicInteger number = new AtomicInteger();
    for (int c = 0; c < options.clients(); c++) {
      SplittableRandom random = SyntheticGraph.random(options.seed(), 1000 + c);
      clients.add(
          Thread.ofPlatform()
              .name("bench-client-" + number.incrementAndGet())
              .start(
                  () -> {
                    GraphQlHttp http = new GraphQlHttp(endpoint);
                    while (System.nanoTime() < until) {
                      LoadMix.Request request = mix.next(random);
                      try {
                        GraphQlHttp.Answer answer =
                            http.post(request.kind().query, request.variables());
                        if (collector != null) {
                          collector.answered(request.kind(), answer);
                        }
                      } catch (RuntimeException e) {
                        if (collector != null) {
                          collector.failed(request.kind(), e.toString());
                        }
                      }
                    }
                  }));
    }
    for (Thread client : clients) {
      try {
        client.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Asks the service's health once a second until stopped. */
  private static final class HealthProbe implements Runnable {

    private final URI uri;
    private final HttpClient http =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile boolean running = true;
    private int probes;
    private int failures;
    private long maxNanos;

    HealthProbe(URI uri) {
      this.uri = uri;
    }

    @Override
    public void run() {
      while (running) {
        long started = System.nanoTime();
        boolean up;
        try {
          HttpResponse<String> response =
              http.send(
                  HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                  HttpResponse.BodyHandlers.ofString());
          up = response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
          up = false;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        synchronized (this) {
          probes++;
          failures += up ? 0 : 1;
          maxNanos = Math.max(maxNanos, System.nanoTime() - started);
        }
        sleep(1000);
      }
    }

    void stop() {
      running = false;
    }

    synchronized LoadReport.Health health() {
      return new LoadReport.Health(probes, failures, Math.round(maxNanos / 1e3) / 1e3);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted", e));
    }
  }
}
