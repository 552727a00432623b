package dev.regintel.app.ingest;

/**
 * One thing wrong with a seed file: which file, where inside it (a JSON pointer such as {@code
 * /requirements/3/obligation}, or a line and column for syntax errors), and what is wrong.
 */
public record SeedProblem(String file, String location, String message) {

  @Override
  public String toString() {
    return file
        + (location == null || location.isEmpty() ? "" : " at " + location)
        + ": "
        + message;
  }
}
