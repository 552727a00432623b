package dev.regintel.app.internal.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Offset pagination behind opaque cursors, and the Relay connection shapes the schema uses.
 *
 * @param offset how many items come before the page
 * @param limit how many items the page holds at most
 */
public record Page(int offset, int limit) {

  private static final String PREFIX = "o:";

  /** A page from the {@code first} and {@code after} arguments, checked. */
  public static Page of(Integer first, String after, int defaultSize, int maxSize) {
    int size = first == null ? defaultSize : first;
    if (size < 0 || size > maxSize) {
      throw ApiException.badInput("first must be between 0 and " + maxSize + ", not " + size);
    }
    return new Page(after == null ? 0 : decode(after) + 1, size);
  }

  public static String cursor(int position) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
  }

  private static int decode(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith(PREFIX)) {
        int position = Integer.parseInt(text.substring(PREFIX.length()));
        if (position >= 0) {
          return position;
        }
      }
    } catch (IllegalArgumentException e) {
      // fall through to the error below
    }
    throw ApiException.badInput("after is not a cursor this API gave out: '" + cursor + "'");
  }

  /** Wraps one page of items, fetched with this page's offset, and the total, as a connection. */
  public <T> Connection<T> connection(List<T> items, long total) {
    List<Edge<T>> edges = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      edges.add(new Edge<>(cursor(offset + i), items.get(i)));
    }
    String end = edges.isEmpty() ? null : edges.getLast().cursor();
    boolean more = offset + items.size() < total;
    return new Connection<>(edges, new PageInfo(more, end), (int) total);
  }

  public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {}

  public record Edge<T>(String cursor, T node) {}

  public record PageInfo(boolean hasNextPage, String endCursor) {}
}
