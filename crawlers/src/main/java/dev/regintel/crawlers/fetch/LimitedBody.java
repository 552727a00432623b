package dev.regintel.crawlers.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit. It asks for one buffer at a time, so when the limit is
 * reached nothing more is read from the socket: the subscription is cancelled (the client then
 * drops the connection) and the body either fails with {@link BodyTooLargeException} or, for
 * robots.txt, ends truncated at the limit. A too large declared Content-Length fails before the
 * first byte is read.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

  private final long limit;
  private final boolean truncate;
  private final long declaredLength;
  private final int status;
  private final ByteArrayOutputStream bytes;
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private Flow.Subscription subscription;

  LimitedBody(long limit, boolean truncate, long declaredLength, int status) {
    this.limit = limit;
    this.truncate = truncate;
    this.declaredLength = declaredLength;
    this.status = status;
    // Presize from Content-Length only when it is within the limit; never trust it beyond.
    this.bytes =
        new ByteArrayOutputStream(
            declaredLength > 0 && declaredLength <= limit ? (int) declaredLength : 8192);
  }

  /** A handler giving 2xx bodies {@code limit} and error bodies a small truncated allowance. */
  static HttpResponse.BodyHandler<byte[]> handler(long limit, boolean truncate, long errorLimit) {
    return info -> {
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      return info.statusCode() / 100 == 2
          ? new LimitedBody(limit, truncate, declared, info.statusCode())
          : new LimitedBody(errorLimit, true, declared, info.statusCode());
    };
  }

  @Override
  public void onSubscribe(Flow.Subscription newSubscription) {
    subscription = newSubscription;
    if (!truncate && declaredLength > limit) {
      abort(new BodyTooLargeException(limit, status, true));
      return;
    }
    subscription.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (body.isDone()) {
      return;
    }
    for (ByteBuffer buffer : buffers) {
      long room = limit - bytes.size();
      if (buffer.remaining() > room) {
        if (!truncate) {
          abort(new BodyTooLargeException(limit, status, false));
          return;
        }
        write(buffer, (int) room);
        body.complete(bytes.toByteArray());
        subscription.cancel();
        return;
      }
      write(buffer, buffer.remaining());
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable error) {
    body.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    body.complete(bytes.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }

  private void write(ByteBuffer buffer, int length) {
    byte[] chunk = new byte[length];
    buffer.get(chunk);
    bytes.write(chunk, 0, length);
  }

  private void abort(BodyTooLargeException reason) {
    body.completeExceptionally(reason);
    subscription.cancel();
  }
}
