package dev.regintel.crawlers;

/** The crawlers module's unchecked root exception: a resource could not be parsed, and why. */
public class ParseException extends RuntimeException {

  public ParseException(String message) {
    super(message);
  }

  public ParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
