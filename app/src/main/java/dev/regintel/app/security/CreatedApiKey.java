package dev.regintel.app.security;

/**
 * A key just created: the only time the key itself is seen.
 *
 * @param key the key to send as {@code Authorization: Bearer <key>}
 * @param apiKey what is stored of it
 */
public record CreatedApiKey(String key, ApiKey apiKey) {}
