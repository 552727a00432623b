package dev.regintel.crawlers.fetch;

import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt per origin (scheme, host, port), fetched once and cached, with RFC 9309's reading of
 * each answer: 2xx is parsed; 4xx means there are no rules (allow all); 5xx or a network failure
 * means the origin is unreachable, so its URLs are deferred. 429 is read as unreachable too, though
 * it is a 4xx: a server that is rate-limiting us has not told us it has no rules, and crawling it
 * all at once would be the opposite of what it asked.
 */
final class RobotsCache {

  private static final Logger log = LoggerFactory.getLogger(RobotsCache.class);

  /** RFC 9309 2.5: crawlers must parse at least 500 KiB; anything after that may be ignored. */
  private static final long ROBOTS_LIMIT = 512 * 1024;

  /** RFC 9309 2.3.1.2: follow at least five redirects, then treat robots.txt as unavailable. */
  private static final int ROBOTS_REDIRECTS = 5;

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final FetchConfig config;
  private final HttpTransport transport;
  private final HostPacer pacer;
  private final Clock clock;

  RobotsCache(FetchConfig config, HttpTransport transport, HostPacer pacer, Clock clock) {
    this.config = config;
    this.transport = transport;
    this.pacer = pacer;
    this.clock = clock;
  }

  /** The rules for {@code url}'s origin, fetching robots.txt when not cached or expired. */
  RobotsRules rulesFor(URI url, AllowList allowList) throws InterruptedException {
    URI robotsUrl = robotsUrl(url);
    Entry entry = entries.computeIfAbsent(robotsUrl.toString(), k -> new Entry());
    // One fetch per origin even when many callers ask at once; the others wait for its result.
    entry.lock.lockInterruptibly();
    try {
      if (entry.rules == null || !clock.instant().isBefore(entry.rules.expires())) {
        entry.rules = load(robotsUrl, allowList);
      }
      return entry.rules;
    } finally {
      entry.lock.unlock();
    }
  }

  private RobotsRules load(URI robotsUrl, AllowList allowList) throws InterruptedException {
    URI current = robotsUrl;
    for (int redirects = 0; redirects <= ROBOTS_REDIRECTS; redirects++) {
      if (allowList.refusal(current).isPresent()) {
        return unavailable(robotsUrl, "robots.txt redirects outside the allowed hosts: " + current);
      }
      try (HostPacer.Turn turn = pacer.acquire(current.getHost())) {
        turn.keepApart(config.delay());
        RawResponse response;
        try {
          response = transport.get(current, Map.of(), ROBOTS_LIMIT, true);
        } catch (IOException e) {
          return deferred(robotsUrl, "robots.txt unreachable: " + e.getMessage());
        }
        int status = response.status();
        if (status / 100 == 2) {
          RobotsRules rules = parsed(robotsUrl, response);
          // Crawl-delay governs the gap after this very request too.
          turn.keepApart(rules.crawlDelay());
          return rules;
        }
        if (response.isRedirect()) {
          Optional<URI> next = response.location();
          if (next.isEmpty()) {
            return unavailable(robotsUrl, "robots.txt redirect without a usable Location");
          }
          current = next.get();
          continue;
        }
        if (status == 429 || status / 100 == 5) {
          return deferred(robotsUrl, "robots.txt answered HTTP " + status);
        }
        if (status / 100 == 4) {
          return unavailable(robotsUrl, "robots.txt answered HTTP " + status);
        }
        return deferred(robotsUrl, "robots.txt answered unexpected HTTP " + status);
      }
    }
    return unavailable(robotsUrl, "robots.txt redirected more than " + ROBOTS_REDIRECTS + " times");
  }

  private RobotsRules parsed(URI robotsUrl, RawResponse response) {
    SimpleRobotRulesParser parser =
        new SimpleRobotRulesParser(config.maxCrawlDelay().toMillis(), 5);
    SimpleRobotRules rules =
        parser.parseContent(
            robotsUrl.toString(),
            response.body(),
            response.headers().firstValue("Content-Type").orElse("text/plain"),
            List.of(config.robotsToken().toLowerCase(Locale.ROOT)));
    return new RobotsRules(robotsUrl, rules, null, clock.instant().plus(config.robotsTtl()));
  }

  private RobotsRules unavailable(URI robotsUrl, String why) {
    log.debug("{}: {}; allowing all", robotsUrl, why);
    return new RobotsRules(
        robotsUrl,
        new SimpleRobotRules(RobotRulesMode.ALLOW_ALL),
        null,
        clock.instant().plus(config.robotsTtl()));
  }

  private RobotsRules deferred(URI robotsUrl, String why) {
    log.info("{}: {}; deferring the host for {}", robotsUrl, why, config.robotsRetryAfter());
    Instant retry = clock.instant().plus(config.robotsRetryAfter());
    return new RobotsRules(robotsUrl, new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), why, retry);
  }

  private static URI robotsUrl(URI url) {
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost().toLowerCase(Locale.ROOT);
    String port = url.getPort() < 0 ? "" : ":" + url.getPort();
    // getHost() keeps the brackets of an IPv6 literal, so this is a valid authority as it stands.
    return URI.create(scheme + "://" + host + port + "/robots.txt");
  }

  /** One origin's cached rules; the lock serialises loading them. */
  private static final class Entry {
    final ReentrantLock lock = new ReentrantLock();
    RobotsRules rules;
  }
}
