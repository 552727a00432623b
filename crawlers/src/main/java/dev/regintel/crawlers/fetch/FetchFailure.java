package dev.regintel.crawlers.fetch;

/** Ends one fetch as {@link FetchOutcome.Failed}; never leaves the package. */
final class FetchFailure extends Exception {

  private final int status;

  FetchFailure(String reason, int status) {
    super(reason, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
