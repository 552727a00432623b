package dev.regintel.app.productimport;

/**
 * Why a product file is refused.
 *
 * @param location where in the file: a CSV line, a YAML path, an OSCAL component and control-id
 * @param message what is wrong, naming the value
 */
public record ImportProblem(String location, String message) {

  @Override
  public String toString() {
    return location.isEmpty() ? message : location + ": " + message;
  }
}
