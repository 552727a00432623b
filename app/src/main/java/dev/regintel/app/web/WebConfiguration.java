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

  /** The page paths, where {@code lang} is read (the API's own {@code lang} is another thing). */
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

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
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
