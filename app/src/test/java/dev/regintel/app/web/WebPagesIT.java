package dev.regintel.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.support.AbstractGraphQlIT;
import dev.regintel.app.support.Http;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * The web pages over plain HTTP: what bad input gets (a page with the status and a message naming
 * what was wrong), the pages' security headers, the language cookie, and the API additions the
 * pages use (documentById, the search status filter).
 */
class WebPagesIT extends AbstractGraphQlIT {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/?q=x&page=0                       | 400 | page must be 1 or more, not 0",
        "/?q=x&page=abc                     | 400 | Parameter 'page' cannot be 'abc'",
        "/?q=x&page=9999                    | 400 | max-search-offset",
        "/?q=x&kind=POEM                    | 400 | kind must be one of DOCUMENT, REQUIREMENT, CONTROL, not 'POEM'",
        "/?q=x&status=LOST                  | 400 | status must be one of DRAFT",
        "/?lang=fr                          | 400 | lang must be en or ja, not 'fr'",
        "/trace/ctl:nothing                 | 404 | No control with id 'ctl:nothing'",
        "/trace/ctl:unique-password?hops=9  | 400 | maxHops",
        "/trace/ctl:unique-password?jurisdiction=XX | 400 | Unknown jurisdiction 'XX'",
        "/documents/doc:nothing             | 404 | No document with id 'doc:nothing'",
        "/requirements/req:nothing          | 404 | No requirement with id 'req:nothing'",
        "/coverage?device=dev:nothing       | 404 | No device with id 'dev:nothing'",
        "/coverage?device=dev:example-homecam-c1&market=ZZ | 400 | Unknown market code ZZ",
        "/diff?from=doc:test-standard:v1    | 400 | Parameter 'to' is required",
        "/open-for-comment?asOf=yesterday   | 400 | Parameter 'asOf' cannot be 'yesterday'",
      })
  void badInputGetsAPageNamingWhatWasWrong(String path, int status, String message) {
    HttpResponse<String> page = Http.get(port, path.strip());
    assertThat(page.statusCode()).as(path).isEqualTo(status);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .as("the error page is a page: its stylesheet may load")
        .contains("style-src 'self'");
    assertThat(unescape(page.body())).as(path).contains(message.strip());
  }

  @Test
  void overlongInputIsRefusedBeforeItIsRun() {
    String q = "a".repeat(SearchPage.MAX_QUERY + 1);
    HttpResponse<String> page = Http.get(port, "/?q=" + q);
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("q takes at most 500 characters, not 501");
    String markets =
        IntStream.range(0, CoveragePage.MAX_MARKETS + 1)
            .mapToObj(i -> "market=M" + i)
            .collect(Collectors.joining("&"));
    page = Http.get(port, "/coverage?device=dev:example-homecam-c1&" + markets);
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("market takes at most 40 codes, not 41");
    page = Http.get(port, "/documents/" + "d".repeat(DocumentPages.MAX_ID + 1));
    assertThat(page.statusCode()).isEqualTo(400);
  }

  @Test
  void theLastPageThatTheSearchLimitAllowsHasNoNextLink() {
    // Over a thousand hits, so the API's total is "at least 1,000"; offset 1,000 is its
    // max-search-offset: page 50 links to page 51, the last one it answers, which links nowhere.
    HttpResponse<String> last = Http.get(port, "/?q=organization+system&page=51");
    assertThat(last.statusCode()).isEqualTo(200);
    assertThat(last.body()).contains("class=\"hit\"").doesNotContain("rel=\"next\"");
    assertThat(Http.get(port, "/?q=organization+system&page=50").body()).contains("rel=\"next\"");
  }

  @Test
  void pagesAllowOnlyTheirOwnScriptsAndStyles() {
    for (String path :
        new String[] {"/", "/coverage", "/open-for-comment", "/trace/ctl:unique-password"}) {
      HttpResponse<String> page = Http.get(port, path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertThat(policy)
          .contains("default-src 'none'", "script-src 'self'", "style-src 'self'")
          .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:");
      assertThat(page.body()).doesNotContain("<style").doesNotContain(" style=\"");
      assertThat(
              page.body()
                  .replaceAll("<script[^>]*type=\"application/json\"[^>]*>[^<]*</script>", ""))
          .doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
      assertThat(page.body()).doesNotContainPattern("(src|href)=\"(https?:)?//");
    }
  }

  @Test
  void theLanguageIsTakenFromTheBrowserAndThenFromTheRememberedChoice() {
    HttpResponse<String> ja =
        Http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.5")
                .build());
    assertThat(ja.body()).contains("<html lang=\"ja\">").contains("規則・要求事項・対策を検索");
    HttpResponse<String> chosen = Http.get(port, "/?lang=ja");
    String cookie = chosen.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .startsWith("regintel-lang=ja")
        .contains("Max-Age=31536000")
        .contains("SameSite=Lax");
    HttpResponse<String> remembered =
        Http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/coverage"))
                .header("Cookie", "regintel-lang=ja")
                .header("Accept-Language", "en")
                .build());
    assertThat(remembered.body()).contains("市場ごとの機器の適合状況");
  }

  @Test
  void searchHitsAreLinkedToTheirPagesAndSearchFiltersByStatus() {
    HttpResponse<String> page =
        Http.get(port, "/?q=" + URLEncoder.encode("unique password", StandardCharsets.UTF_8));
    assertThat(page.body())
        .contains("href=\"/requirements/req:test-standard:v2:5.1-1\"")
        .contains("href=\"/trace/ctl:unique-password\"");
    JsonNode superseded =
        client.executeText(
            """
            { search(query: "password", filter: {statuses: [SUPERSEDED]}) { hits { id kind } } }""",
            Map.of());
    assertThat(superseded.has("errors")).as(superseded.toString()).isFalse();
    assertThat(superseded.at("/data/search/hits")).isNotEmpty();
    java.util.List<String> ids = new java.util.ArrayList<>();
    superseded.at("/data/search/hits").forEach(h -> ids.add(h.get("id").asString()));
    // The small test set's v1 is superseded by its v2, whose requirements stay out.
    assertThat(ids)
        .contains("req:test-standard:v1:1-1")
        .noneMatch(id -> id.contains("test-standard:v2"));
    JsonNode bad =
        client.executeText(
            "{ search(query: \"password\", filter: {statuses: [LOST]}) { total } }", Map.of());
    assertThat(bad.at("/errors/0/message").asString()).contains("LOST");
  }

  @Test
  void documentByIdFindsADocumentAndNamesTheIdItCannotFind() {
    JsonNode found =
        client.executeText(
            "{ documentById(id: \"doc:test-standard:v1\") { code version status } }", Map.of());
    assertThat(found.at("/data/documentById/status").asString()).isEqualTo("SUPERSEDED");
    JsonNode missing = client.executeText("{ documentById(id: \"doc:none\") { code } }", Map.of());
    assertThat(missing.at("/errors/0/message").asString())
        .isEqualTo("No document with id 'doc:none'");
    assertThat(missing.at("/errors/0/extensions/code").asString()).isEqualTo("NOT_FOUND");
    JsonNode empty = client.executeText("{ documentById(id: \"\") { code } }", Map.of());
    assertThat(empty.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
  }

  private static String unescape(String html) {
    return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
  }
}
