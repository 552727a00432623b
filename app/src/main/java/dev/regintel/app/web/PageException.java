package dev.regintel.app.web;

import org.springframework.http.HttpStatus;

/** Why a page cannot be shown: its HTTP status and a message for the reader. */
class PageException extends RuntimeException {

  private final HttpStatus status;

  PageException(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  static PageException badInput(String message) {
    return new PageException(HttpStatus.BAD_REQUEST, message);
  }

  HttpStatus status() {
    return status;
  }
}
