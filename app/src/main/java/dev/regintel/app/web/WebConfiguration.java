package dev.regintel.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The pages' interface language: English or Japanese, chosen by {@code ?lang=en|ja} on any page and
 * remembered for a year in a cookie; before any choice, the browser's preferred one of the two.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.JAPANESE);

  /**
   * The page paths: where {@code lang} is read (the API's own {@code lang} is another thing) and
   * the page policy applies.
   */
  static final String[] PAGES = {
    "/", "/documents/**", "/requirements/**", "/trace/**", "/coverage", "/open-for-comment", "/diff"
  };

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("regintel-lang");
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSameSite("Lax");
    resolver.setDefaultLocaleFunction(WebConfiguration::preferred);
    return resolver;
  }

  static Locale preferred(HttpServletRequest request) {
    for (Locale asked : Collections.list(request.getLocales())) {
      for (Locale language : LANGUAGES) {
        if (language.getLanguage().equals(asked.getLanguage())) {
          return language;
        }
      }
    }
    return Locale.ENGLISH;
  }

  /**
   * The pages' Content-Security-Policy, in place of the API's: scripts, styles and requests to this
   * server only (the pages run no inline script and carry no inline style), images from here or
   * {@code data:}, forms sent only here, never framed.
   */
  static final String PAGE_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    // First, so that a page refused by the language switch is shown under the page policy too.
    registry
        .addInterceptor(
            new HandlerInterceptor() {
              @Override
              public boolean preHandle(
                  HttpServletRequest request, HttpServletResponse response, Object handler) {
                response.setHeader("Content-Security-Policy", PAGE_POLICY);
                return true;
              }
            })
        .addPathPatterns(PAGES);
    registry.addInterceptor(new LanguageSwitch()).addPathPatterns(PAGES);
  }

  /** Applies {@code ?lang=}: en or ja, anything else is refused with a message naming it. */
  static final class LanguageSwitch implements HandlerInterceptor {

    @Override
    public boolean preHandle(
        HttpServletRequest request, HttpServletResponse response, Object handler) {
      String lang = request.getParameter("lang");
      if (lang == null) {
        return true;
      }
      Locale chosen =
          LANGUAGES.stream()
              .filter(l -> l.getLanguage().equals(lang))
              .findFirst()
              .orElseThrow(
                  () ->
                      PageException.badInput(
                          "lang must be en or ja, not '" + Texts.shorten(lang, 20) + "'"));
      org.springframework.web.servlet.support.RequestContextUtils.getLocaleResolver(request)
          .setLocale(request, response, chosen);
      return true;
    }
  }
}
