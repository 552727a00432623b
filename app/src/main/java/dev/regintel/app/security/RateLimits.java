package dev.regintel.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.regintel.app.internal.config.RegintelProperties;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j), one per client address for requests without a key and one per key: a
 * client may send a burst of the whole count at once, then the count per period.
 */
@Component
public class RateLimits {

  private final RegintelProperties.Security.RateLimit limits;

  /**
   * A bucket untouched for a whole period has refilled to full, so forgetting it loses nothing; the
   * bound keeps a flood of addresses from growing the map without end.
   */
  private final Cache<String, Bucket> buckets;

  public RateLimits(RegintelProperties properties) {
    this.limits = properties.security().rateLimit();
    this.buckets =
        Caffeine.newBuilder().expireAfterAccess(limits.period()).maximumSize(100_000).build();
  }

  /** Takes one request from the address's bucket. */
  public Decision byAddress(String address) {
    return take("address " + address, limits.perAddress());
  }

  /** Takes one request from the key's bucket. */
  public Decision byKey(String keyId) {
    return take("key " + keyId, limits.perKey());
  }

  private Decision take(String client, int count) {
    if (count == 0) {
      return Decision.ALLOWED;
    }
    Bucket bucket =
        buckets.get(
            client,
            c ->
                Bucket.builder()
                    .addLimit(l -> l.capacity(count).refillGreedy(count, limits.period()))
                    .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return Decision.ALLOWED;
    }
    long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
    return new Decision(
        false,
        seconds,
        "Too many requests from "
            + client
            + ": the limit is "
            + count
            + " per "
            + limits.period()
            + "; retry in "
            + seconds
            + " s.");
  }

  /**
   * @param allowed whether the request may go on
   * @param retryAfterSeconds when refused, when one request will be allowed again
   * @param message when refused, why, for the client
   */
  public record Decision(boolean allowed, long retryAfterSeconds, String message) {
    static final Decision ALLOWED = new Decision(true, 0, null);
  }
}
