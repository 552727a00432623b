package dev.regintel.crawlers.crawl;

import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.Source;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A source moved onto a test server: {@code https://csrc.nist.gov/pubs/ir/8259/final} is asked for
 * as {@code http://127.0.0.1:<port>/csrc.nist.gov/pubs/ir/8259/final}. The parser still sees the
 * real URL (so records and their provenance are those of a real crawl), and the links it returns
 * are moved onto the server too. Only the server's host is allowed, like a source's own hosts.
 */
public final class Rehosted implements Source {

  private final Source real;
  private final URI server;
  private final List<URI> entryPoints;

  /** {@code server} is the test server's base, e.g. {@code http://127.0.0.1:41234}. */
  public Rehosted(Source real, URI server) {
    this(real, server, real.entryPoints());
  }

  /** As {@link #Rehosted(Source, URI)}, starting from the given real URLs instead. */
  public Rehosted(Source real, URI server, List<URI> realEntryPoints) {
    this.real = real;
    this.server = server;
    this.entryPoints = List.copyOf(realEntryPoints);
  }

  /** The address on the test server that stands for {@code realUrl}. */
  public URI local(URI realUrl) {
    return local(server, realUrl);
  }

  /** The path (and query) on the test server that stands for {@code realUrl}. */
  public static String path(URI realUrl) {
    String query = realUrl.getRawQuery() == null ? "" : "?" + realUrl.getRawQuery();
    return "/" + realUrl.getHost() + realUrl.getRawPath() + query;
  }

  static URI local(URI server, URI realUrl) {
    return URI.create(server.getScheme() + "://" + server.getRawAuthority() + path(realUrl));
  }

  URI real(URI localUrl) {
    String path = localUrl.getRawPath().substring(1);
    int slash = path.indexOf('/');
    String host = slash < 0 ? path : path.substring(0, slash);
    String rest = slash < 0 ? "/" : path.substring(slash);
    String query = localUrl.getRawQuery() == null ? "" : "?" + localUrl.getRawQuery();
    return URI.create("https://" + host + rest + query);
  }

  @Override
  public String name() {
    return real.name();
  }

  @Override
  public Set<String> hosts() {
    return Set.of(server.getHost());
  }

  @Override
  public List<URI> entryPoints() {
    return entryPoints.stream().map(this::local).toList();
  }

  @Override
  public Map<String, String> requestHeaders(URI url) {
    return real.requestHeaders(real(url));
  }

  @Override
  public Parsed parse(Fetched fetched) {
    Fetched asReal =
        new Fetched(
            real(fetched.url()),
            fetched.contentType(),
            fetched.body(),
            fetched.retrieved(),
            fetched.sha256());
    Parsed parsed = real.parse(asReal);
    return new Parsed(
        parsed.records(),
        parsed.links().stream()
            .filter(link -> link.getHost() != null && real.hosts().contains(link.getHost()))
            .map(this::local)
            .toList());
  }
}
