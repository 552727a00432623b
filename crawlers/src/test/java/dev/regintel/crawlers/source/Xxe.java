package dev.regintel.crawlers.source;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An XXE payload armed for a test: its {@code file:///etc/passwd} entity points at a temporary file
 * holding a unique secret, and its {@code http://127.0.0.1:9/xxe} entity at an in-process server
 * that counts requests. A safe parser neither shows the secret nor calls the server.
 */
public final class Xxe implements AutoCloseable {

  private final HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private final Path secretFile;
  private final String secret = "xxe-secret-" + UUID.randomUUID();

  public Xxe() {
    try {
      secretFile = Files.createTempFile("xxe", ".txt");
      Files.writeString(secretFile, secret);
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          byte[] reply = secret.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, reply.length);
          exchange.getResponseBody().write(reply);
          exchange.close();
        });
    server.start();
  }

  /** The fixture with its entities pointed at this test's secret file and server. */
  public byte[] arm(String fixture) {
    String payload = new String(Fixtures.bytes(fixture), StandardCharsets.UTF_8);
    return payload
        .replace("file:///etc/passwd", secretFile.toUri().toString())
        .replace("http://127.0.0.1:9/", "http://127.0.0.1:" + server.getAddress().getPort() + "/")
        .getBytes(StandardCharsets.UTF_8);
  }

  public String secret() {
    return secret;
  }

  public int requests() {
    return requests.get();
  }

  @Override
  public void close() throws IOException {
    server.stop(0);
    Files.deleteIfExists(secretFile);
  }
}
