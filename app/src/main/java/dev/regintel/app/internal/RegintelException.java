package dev.regintel.app.internal;

/**
 * The app's one unchecked root exception: a failure whose message is written for the person running
 * regintel and says what was wrong.
 */
public class RegintelException extends RuntimeException {

  public RegintelException(String message) {
    super(message);
  }

  public RegintelException(String message, Throwable cause) {
    super(message, cause);
  }
}
