package dev.regintel.app.support;

import dev.regintel.app.document.DocumentView;
import java.time.LocalDate;
import java.util.List;

/** Document views for unit tests: only what ordering by date reads is set. */
public final class DocumentViews {

  private DocumentViews() {}

  /**
   * A version.
   *
   * @param published '2023', '2023-07' or '2023-07-10', or null
   */
  public static DocumentView version(String id, String status, String stage, String published) {
    LocalDate date = null;
    String precision = null;
    if (published != null) {
      switch (published.length()) {
        case 4 -> {
          date = LocalDate.of(Integer.parseInt(published), 1, 1);
          precision = "YEAR";
        }
        case 7 -> {
          date = LocalDate.parse(published + "-01");
          precision = "MONTH";
        }
        default -> {
          date = LocalDate.parse(published);
          precision = "DAY";
        }
      }
    }
    return new DocumentView(
        id,
        "CODE",
        id,
        null,
        null,
        null,
        "STANDARD",
        status,
        null,
        List.of(),
        date,
        precision,
        stage,
        null,
        "https://example.org/" + id,
        null,
        List.of(),
        null,
        null,
        null);
  }
}
