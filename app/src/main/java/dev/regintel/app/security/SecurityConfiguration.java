package dev.regintel.app.security;

import dev.regintel.app.internal.config.RegintelProperties;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The HTTP side of keys and roles: every request passes {@link ApiKeyFilter} (key and rate limit);
 * health is always open; the rest is open unless {@code regintel.security.reads-need-key} is set,
 * then it needs a key of any role. What a mutation needs is decided per field by {@link
 * MutationGuard}, since GraphQL sends queries and mutations to the same URL.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

  @Bean
  SecurityFilterChain apiSecurity(
      HttpSecurity http, ApiKeys keys, RateLimits limits, RegintelProperties properties)
      throws Exception {
    RegintelProperties.Security security = properties.security();
    String readsNeedKey =
        "This endpoint needs an API key of any role (regintel.security.reads-need-key is set);"
            + " send it as 'Authorization: Bearer <key>'.";
    http
        // Keys travel in headers, never in cookies, so a browser cannot be tricked into sending
        // one: there is nothing for CSRF protection to protect.
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .cors(c -> c.configurationSource(cors(security.cors().allowedOrigins())))
        .addFilterBefore(new ApiKeyFilter(keys, limits), AnonymousAuthenticationFilter.class)
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (request, response, failure) ->
                            Refusals.unauthenticated(response, readsNeedKey))
                    .accessDeniedHandler(
                        (request, response, denied) ->
                            Refusals.forbidden(
                                response, "The role of this API key does not allow this.")))
        .authorizeHttpRequests(
            a -> {
              a.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
              a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
              if (security.readsNeedKey()) {
                a.anyRequest().authenticated();
              } else {
                a.anyRequest().permitAll();
              }
            });
    return http.build();
  }

  /** Browsers' pages from these origins may call the API; none when the list is empty. */
  static CorsConfigurationSource cors(List<String> allowedOrigins) {
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    if (allowedOrigins.isEmpty()) {
      return source;
    }
    CorsConfiguration config = new CorsConfiguration();
    config.setAllowedOrigins(allowedOrigins);
    config.setAllowedMethods(List.of("GET", "POST"));
    config.setAllowedHeaders(
        List.of(
            HttpHeaders.AUTHORIZATION,
            HttpHeaders.CONTENT_TYPE,
            HttpHeaders.ACCEPT,
            ApiKeyFilter.API_KEY_HEADER));
    config.setExposedHeaders(List.of(HttpHeaders.RETRY_AFTER));
    config.setMaxAge(Duration.ofHours(1));
    source.registerCorsConfiguration("/**", config);
    return source;
  }
}
