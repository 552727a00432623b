package dev.regintel.app.feeds;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;

/**
 * A saved watch: the filters of the feeds, kept under the API key that made it.
 *
 * @param id the watch's id, {@code watch:<12 characters>}
 * @param keyId the id of the key that owns it
 * @param name what the owner calls it
 * @param created when it was saved
 */
record Watch(
    String id,
    String keyId,
    String name,
    List<String> publishers,
    List<String> jurisdictions,
    List<String> kinds,
    List<String> keywords,
    Instant created) {

  /** The watch's feeds, as paths with their query, relative to the service's address. */
  Feeds feeds() {
    String query = query();
    return new Feeds(
        "/feeds/changes.atom" + query,
        "/feeds/open-for-comment.atom" + query,
        "/feeds/deadlines.ics" + query);
  }

  private String query() {
    StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
    add(q, "publishers", publishers);
    add(q, "jurisdictions", jurisdictions);
    add(q, "kinds", kinds);
    add(q, "keywords", keywords);
    return q.toString();
  }

  private static void add(StringJoiner q, String name, List<String> values) {
    if (values != null) {
      values.forEach(v -> q.add(name + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    }
  }

  /** The paths of a watch's feeds. */
  record Feeds(String changes, String openForComment, String deadlines) {}
}
