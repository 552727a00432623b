package dev.regintel.crawlers.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends single GET requests through the one {@link HttpClient} a {@link Fetcher} owns. It follows
 * no redirects (the fetcher checks every hop against the allow-list and robots.txt first) and
 * bounds each exchange in time and size.
 */
final class HttpTransport implements AutoCloseable {

  /** Error pages are read only this far: enough to close the exchange cleanly, never more. */
  private static final long ERROR_BODY_LIMIT = 64 * 1024;

  private final HttpClient client;
  private final String userAgent;
  private final Duration requestTimeout;

  HttpTransport(FetchConfig config) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.userAgent = config.userAgent();
    this.requestTimeout = config.requestTimeout();
  }

  /**
   * GETs {@code uri}.
   *
   * @param headers extra request headers (conditional GET)
   * @param maxBytes the largest 2xx body accepted
   * @param truncate whether a larger body is cut at {@code maxBytes} instead of failing
   * @throws BodyTooLargeException when the body passes {@code maxBytes} and {@code truncate} is off
   * @throws HttpTimeoutException when the whole exchange takes longer than the request timeout
   * @throws IOException on any other transport failure
   */
  RawResponse get(URI uri, Map<String, String> headers, long maxBytes, boolean truncate)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(requestTimeout)
            .header("User-Agent", userAgent)
            .header("Accept", "*/*");
    headers.forEach(request::header);
    CompletableFuture<HttpResponse<byte[]>> exchange =
        client.sendAsync(
            request.build(), LimitedBody.handler(maxBytes, truncate, ERROR_BODY_LIMIT));
    try {
      // HttpRequest.timeout only covers the wait for the headers; this deadline also covers a
      // body that trickles in slowly.
      HttpResponse<byte[]> response =
          exchange.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
      return new RawResponse(uri, response.statusCode(), response.headers(), response.body());
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw new HttpTimeoutException("no complete response within " + requestTimeout);
    } catch (InterruptedException e) {
      exchange.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      throw asIoException(e.getCause());
    }
  }

  @Override
  public void close() {
    client.shutdownNow();
  }

  private static IOException asIoException(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof BodyTooLargeException tooLarge) {
        return tooLarge;
      }
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException io) {
        return io;
      }
    }
    return new IOException(String.valueOf(failure), failure);
  }
}
