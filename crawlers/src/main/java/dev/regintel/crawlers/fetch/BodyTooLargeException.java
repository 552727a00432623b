package dev.regintel.crawlers.fetch;

import java.io.IOException;

/** A response body grew past the configured limit; the download was abandoned at the limit. */
final class BodyTooLargeException extends IOException {

  private final int status;

  BodyTooLargeException(long limit, int status, boolean declared) {
    super(
        (declared ? "declared Content-Length exceeds " : "body exceeds ")
            + limit
            + " bytes; download aborted");
    this.status = status;
  }

  int status() {
    return status;
  }
}
