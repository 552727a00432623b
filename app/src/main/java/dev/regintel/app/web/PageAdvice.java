package dev.regintel.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page has: the reader's language and the links that switch it (the same page and query,
 * other language); and the error page, with the status and a message naming what was wrong.
 */
@ControllerAdvice(basePackageClasses = PageAdvice.class)
class PageAdvice {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PageAdvice.class);

  /** The language switch of a page. */
  record Ui(String lang, String englishUrl, String japaneseUrl) {}

  /** Today's date in UTC, as the API writes dates (comment periods are compared with it). */
  @ModelAttribute("today")
  String today() {
    return java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
  }

  @ModelAttribute("ui")
  Ui ui(HttpServletRequest request) {
    return new Ui(Texts.japanese() ? "ja" : "en", switchTo(request, "en"), switchTo(request, "ja"));
  }

  static String switchTo(HttpServletRequest request, String lang) {
    return UriComponentsBuilder.fromPath(request.getRequestURI())
        .query(request.getQueryString())
        .replaceQueryParam("lang", lang)
        .build(true)
        .toUriString();
  }

  @ExceptionHandler(PageException.class)
  ModelAndView refused(PageException e, HttpServletRequest request, HttpServletResponse response) {
    return error(e.status(), e.getMessage(), request);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    String value = e.getValue() == null ? "" : Texts.shorten(e.getValue().toString(), 40);
    return error(
        HttpStatus.BAD_REQUEST,
        "Parameter '" + e.getName() + "' cannot be '" + value + "'",
        request);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ModelAndView missing(MissingServletRequestParameterException e, HttpServletRequest request) {
    return error(
        HttpStatus.BAD_REQUEST, "Parameter '" + e.getParameterName() + "' is required", request);
  }

  /** Anything else: logged here with its stack, shown to the reader without it. */
  @ExceptionHandler(RuntimeException.class)
  ModelAndView failed(RuntimeException e, HttpServletRequest request) {
    LOG.error("Page {} failed", request.getRequestURI(), e);
    return error(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "The page failed; the service's log has the details.",
        request);
  }

  private ModelAndView error(HttpStatus status, String message, HttpServletRequest request) {
    ModelAndView page = new ModelAndView("web/error", status);
    page.addObject("status", status.value());
    page.addObject("message", message);
    page.addObject("ui", ui(request));
    return page;
  }
}
