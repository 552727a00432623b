package dev.regintel.crawlers.fetch;

import crawlercommons.robots.BaseRobotRules;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * What one origin's robots.txt says, as cached.
 *
 * @param robotsUrl the robots.txt URL
 * @param rules the parsed rules (allow-all when robots.txt is unavailable)
 * @param deferredReason why the origin is deferred, or null when its rules are known
 * @param expires when to ask for robots.txt again
 */
record RobotsRules(URI robotsUrl, BaseRobotRules rules, String deferredReason, Instant expires) {

  boolean deferred() {
    return deferredReason != null;
  }

  boolean allows(URI url) {
    return rules.isAllowed(url.toString());
  }

  /** The Crawl-delay robots.txt sets for us, or zero. */
  Duration crawlDelay() {
    long millis = rules.getCrawlDelay();
    return millis > 0 ? Duration.ofMillis(millis) : Duration.ZERO;
  }
}
