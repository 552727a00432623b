package dev.regintel.app.ingest;

/** Thrown while planning a file that is schema-valid but inconsistent; the file is not written. */
final class SeedRejection extends RuntimeException {

  private final SeedProblem problem;

  SeedRejection(String file, String location, String message) {
    super(message);
    this.problem = new SeedProblem(file, location, message);
  }

  SeedProblem problem() {
    return problem;
  }
}
