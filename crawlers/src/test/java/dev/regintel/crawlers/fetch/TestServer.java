package dev.regintel.crawlers.fetch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

/**
 * An HTTP server on 127.0.0.1 for fetch and crawl tests: routes by exact path and query ({@code
 * /p?q=1}), else by exact path (everything else is 404, so a missing robots.txt allows all), and
 * records every request with the test clock's time.
 */
public final class TestServer implements AutoCloseable {

  /** A request as the server saw it; {@code at} is the test clock's time on arrival. */
  public record Request(String path, Headers headers, Instant at) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Clock clock;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();

  public TestServer(Clock clock) {
    this.clock = clock;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::dispatch);
    server.setExecutor(executor);
    server.start();
  }

  public TestServer route(String path, HttpHandler handler) {
    routes.put(path, handler);
    return this;
  }

  /** Serves {@code body} with status 200 and the given Content-Type at {@code path}. */
  public TestServer text(String path, String contentType, String body) {
    return route(
        path,
        ex -> respond(ex, 200, body.getBytes(StandardCharsets.UTF_8), "Content-Type", contentType));
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public List<Request> requests(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  /** The test-clock time between each request and the one before it, robots.txt included. */
  public List<Duration> gaps() {
    List<Request> all = requests();
    return IntStream.range(1, all.size())
        .mapToObj(i -> Duration.between(all.get(i - 1).at(), all.get(i).at()))
        .toList();
  }

  public static void respond(HttpExchange exchange, int status, byte[] body, String... headers)
      throws IOException {
    for (int i = 0; i < headers.length; i += 2) {
      exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  public static void respond(HttpExchange exchange, int status, String... headers)
      throws IOException {
    respond(exchange, status, new byte[0], headers);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String query = exchange.getRequestURI().getRawQuery();
    requests.add(new Request(path, exchange.getRequestHeaders(), clock.instant()));
    HttpHandler handler = query == null ? null : routes.get(path + "?" + query);
    if (handler == null) {
      handler = routes.get(path);
    }
    try (exchange) {
      if (handler == null) {
        respond(exchange, 404, "not found".getBytes(StandardCharsets.UTF_8));
      } else {
        handler.handle(exchange);
      }
    }
  }
}
