package dev.regintel.app.internal.graphql;

import dev.regintel.app.internal.RegintelException;

/**
 * A domain failure the API reports as a typed GraphQL error: the message is for the caller, and
 * {@link #code()} goes into the error's {@code extensions.code}.
 */
public class ApiException extends RegintelException {

  /** The codes the API uses in {@code extensions.code}. */
  public enum Code {
    /** The query belongs to a feature that has not landed yet. */
    NOT_IMPLEMENTED,
    /** Nothing has the id or code asked for. */
    NOT_FOUND,
    /** An argument is malformed or out of range; the message names it. */
    BAD_USER_INPUT,
    /** The query is over one of the {@code regintel.limits}; the message names it and its value. */
    LIMIT_EXCEEDED,
    /** The query ran past its time budget and was cancelled; the message names the limit. */
    TIMEOUT,
    /** The graph database cannot be reached just now; the request may be sent again later. */
    UNAVAILABLE,
    /**
     * The field needs an API key and the request carries none; the message says how to send one.
     */
    UNAUTHENTICATED,
    /** The request's key may not change what it asked to: another key owns it; the message says. */
    FORBIDDEN
  }

  private final Code code;

  public ApiException(Code code, String message) {
    super(message);
    this.code = code;
  }

  public Code code() {
    return code;
  }

  public static ApiException notFound(String message) {
    return new ApiException(Code.NOT_FOUND, message);
  }

  public static ApiException forbidden(String message) {
    return new ApiException(Code.FORBIDDEN, message);
  }

  public static ApiException badInput(String message) {
    return new ApiException(Code.BAD_USER_INPUT, message);
  }

  /**
   * An argument over one of the {@code regintel.limits}.
   *
   * @param limit the property under {@code regintel.limits}, e.g. {@code max-search-offset}
   */
  public static ApiException overLimit(String what, String limit, long max) {
    return new ApiException(
        Code.LIMIT_EXCEEDED,
        what + " exceeds the limit of " + max + " (regintel.limits." + limit + ").");
  }

  /** For a query whose feature lands with a later issue; never answered with fake data. */
  public static ApiException notImplemented(String field, String feature) {
    return new ApiException(
        Code.NOT_IMPLEMENTED,
        "'" + field + "' is not implemented yet: it arrives with the " + feature + " feature.");
  }
}
