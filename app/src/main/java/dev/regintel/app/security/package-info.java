/**
 * Keys and roles: API keys (stored hashed, {@link dev.regintel.app.security.ApiKeys}), the roles
 * they carry ({@link dev.regintel.app.security.Role}), how a request is authenticated and
 * rate-limited ({@link dev.regintel.app.security.ApiKeyFilter}, {@link
 * dev.regintel.app.security.RateLimits}), which mutation needs which role (the schema's
 * {@code @requiresRole}, enforced by {@link dev.regintel.app.security.MutationGuard}), CORS, and
 * the key-management mutations.
 *
 * <p>Keys are not domain data: they are written by {@code ApiKeys}, not by the graph writer.
 */
package dev.regintel.app.security;
