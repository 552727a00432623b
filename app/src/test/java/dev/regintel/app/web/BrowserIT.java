package dev.regintel.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.support.AbstractAppIT;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web pages in a real headless Chromium, on the shipped corpus and the small test set: what a
 * reader sees and can do, a screenshot of each page kept in {@code target/browser-screenshots}.
 */
class BrowserIT extends AbstractAppIT {

  @TempDir static Path profile;

  static ChromeDriver browser;

  @LocalServerPort int port;

  @BeforeAll
  static void open() {
    browser = Browser.start(profile, "en");
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void english() {
    browser.get(base() + "/?lang=en");
  }

  @Test
  void aJapaneseSearchShowsEtsiProvision511WithHighlightedSnippets() {
    browser.get(base() + "/?q=" + encode("デフォルトパスワード"));
    List<WebElement> hits = browser.findElements(By.cssSelector("li.hit"));
    assertThat(hits).isNotEmpty();
    assertThat(hits)
        .extracting(hit -> hit.findElements(By.cssSelector(".code, .ref")))
        .anySatisfy(
            codes ->
                assertThat(codes)
                    .extracting(WebElement::getText)
                    .containsExactly("ETSI EN 303 645", "5.1-1"));
    assertThat(browser.findElements(By.cssSelector("li.hit .snippet em")))
        .extracting(WebElement::getText)
        .anySatisfy(t -> assertThat(t).contains("パスワード"));
    assertLoadedOnlyFromTheApp();
    Browser.screenshot(browser, "search-ja-query");
  }

  @Test
  void filtersNarrowTheHitsInPlaceAndPagesAreDeepLinks() {
    browser.get(base() + "/");
    browser.findElement(By.id("q")).sendKeys("password", Keys.ENTER);
    waitUntil(ExpectedConditions.urlContains("q=password"));
    new Select(browser.findElement(By.id("kind"))).selectByValue("REQUIREMENT");
    waitUntil(ExpectedConditions.urlContains("kind=REQUIREMENT"));
    waitUntil(d -> !d.findElements(By.cssSelector("li.hit")).isEmpty());
    List<WebElement> hits = browser.findElements(By.cssSelector("li.hit"));
    assertThat(hits).hasSize(SearchPage.PAGE_SIZE);
    assertThat(hits)
        .allSatisfy(h -> assertThat(h.getAttribute("data-kind")).isEqualTo("REQUIREMENT"));
    browser.findElement(By.cssSelector("a[rel=next]")).click();
    waitUntil(ExpectedConditions.urlContains("page=2"));
    assertThat(browser.findElement(By.cssSelector("ol.hits")).getAttribute("start"))
        .isEqualTo("21");
    String second = browser.getCurrentUrl();
    String firstHit = browser.findElement(By.cssSelector("li.hit a.title")).getText();
    browser.get(second);
    assertThat(browser.findElement(By.cssSelector("li.hit a.title")).getText()).isEqualTo(firstHit);
    assertThat(new Select(browser.findElement(By.id("kind"))).getFirstSelectedOption().getText())
        .isEqualTo("Requirement");
    Browser.screenshot(browser, "search-filtered-page-2");
  }

  @Test
  void markupInAQueryIsShownAsTextNeverRun() {
    String query =
        "<script>window.injected = 1</script><img src=x onerror=window.injected=2> password";
    browser.get(base() + "/?q=" + encode(query));
    assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo(query);
    assertThat(browser.executeScript("return window.injected === undefined")).isEqualTo(true);
    assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
  }

  @Test
  void theTracePageDrawsTheUniquePasswordControlsGraphBesideItsTable() {
    browser.get(base() + "/trace/ctl:unique-per-device-password");
    waitUntil(ExpectedConditions.attributeToBe(By.id("trace-graph"), "data-ready", "true"));
    List<WebElement> rows = browser.findElements(By.cssSelector("#trace-table tbody tr"));
    assertThat(rows).hasSizeGreaterThan(5);
    WebElement graph = browser.findElement(By.id("trace-graph"));
    assertThat(Integer.parseInt(graph.getAttribute("data-nodes"))).isEqualTo(rows.size() + 1);
    assertThat(Integer.parseInt(graph.getAttribute("data-edges")))
        .isGreaterThanOrEqualTo(rows.size());
    // Something was painted: the canvas holds pixels that are not the background.
    assertThat(
            browser.executeScript(
                "var c = document.querySelector('#trace-graph canvas[data-id=layer2-node]');"
                    + "var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                    + "for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) return true; } return false;"))
        .isEqualTo(true);
    assertThat(edgeStyle("FULL")).isEqualTo("solid");
    assertThat(edgeStyle("PARTIAL")).isEqualTo("dashed");
    assertThat(
            (Long)
                browser.executeScript(
                    "var s = {}; regintelTrace.nodes('[kind = \"requirement\"]')"
                        + ".forEach(function (n) { s[n.data('colour')] = 1; });"
                        + " return Object.keys(s).length;"))
        .as("requirements coloured by jurisdiction")
        .isGreaterThan(1L);
    String etsi = "req:etsi-en-303-645:v2.1.1:5.1-1";
    clickNode(graph, etsi);
    WebElement detail = browser.findElement(By.id("node-detail"));
    waitUntil(ExpectedConditions.textToBePresentInElement(detail, "ETSI EN 303 645 5.1-1"));
    assertThat(detail.getText()).contains("password");
    assertThat(browser.findElement(By.cssSelector("tr.selected")).getAttribute("data-node"))
        .isEqualTo(etsi);
    assertLoadedOnlyFromTheApp();
    Browser.screenshot(browser, "trace-unique-per-device-password");
  }

  @Test
  void theCoveragePageShowsTheThreeFulfilmentStatesWithReasonsAndExports() {
    browser.get(base() + "/coverage");
    new Select(browser.findElement(By.id("device"))).selectByValue("dev:example-homecam-c1");
    browser.findElement(By.cssSelector("input[name=market][value=GB]")).click();
    browser.findElement(By.cssSelector(".coverage-form button[type=submit]")).click();
    waitUntil(ExpectedConditions.urlContains("device=dev"));
    assertThat(browser.getCurrentUrl()).contains("market=GB");
    for (String state : List.of("FULL", "PARTIAL", "NONE")) {
      assertThat(browser.findElements(By.cssSelector("tr[data-fulfilment=" + state + "]")))
          .as(state)
          .isNotEmpty();
    }
    assertThat(browser.findElements(By.cssSelector("tr[data-fulfilment=NONE] td:last-child")))
        .extracting(WebElement::getText)
        .anySatisfy(gap -> assertThat(gap).isNotBlank());
    assertThat(browser.findElements(By.cssSelector("section.jurisdiction")))
        .extracting(s -> s.getAttribute("data-jurisdiction"))
        .containsExactly("GB");
    List<WebElement> exports = browser.findElements(By.cssSelector(".exports a[data-format]"));
    assertThat(exports)
        .extracting(e -> e.getAttribute("data-format"))
        .contains("csv", "xlsx", "oscal");
    assertThat(exports).allSatisfy(e -> assertThat(e.getAttribute("href")).startsWith(base()));
    assertLoadedOnlyFromTheApp();
    Browser.screenshot(browser, "coverage-homecam-gb");
  }

  @Test
  void theLanguageSwitchChangesEveryLabelAndIsRemembered() {
    browser.get(base() + "/");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Search rules, requirements and controls");
    browser.findElement(By.cssSelector("#lang-switch a[hreflang=ja]")).click();
    waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "規則・要求事項・対策を検索"));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
    assertThat(browser.findElement(By.cssSelector("label[for=q]")).getText())
        .isEqualTo("日本語または英語で検索");
    browser.get(base() + "/open-for-comment");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("意見募集中の草案");
    Browser.screenshot(browser, "open-for-comment-ja");
    browser.findElement(By.cssSelector("#lang-switch a[hreflang=en]")).click();
    waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Drafts open for public comment"));
  }

  @Test
  void theOpenForCommentPageCountsTheDaysLeftAndLinksItsFeeds() {
    browser.get(base() + "/open-for-comment?asOf=2020-01-15");
    WebElement row = browser.findElement(By.cssSelector("#open-drafts tbody tr"));
    assertThat(row.getText()).contains("2020-02-01");
    assertThat(row.findElement(By.cssSelector("td.days")).getText()).isEqualTo("17 days");
    assertThat(browser.findElements(By.cssSelector("nav.feeds a")))
        .extracting(a -> a.getAttribute("href"))
        .contains(
            base() + "/feeds/open-for-comment.atom",
            base() + "/feeds/deadlines.ics",
            base() + "/feeds/changes.atom");
    Browser.screenshot(browser, "open-for-comment-2020-01-15");
  }

  @Test
  void documentAndRequirementPagesShowVersionsMappingsAndTheirDiff() {
    browser.get(base() + "/documents/doc:test-standard:v2");
    assertThat(browser.findElements(By.cssSelector("table tbody tr a[aria-current=page]")))
        .hasSize(1);
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("closed on 2020-02-01");
    Browser.screenshot(browser, "document-test-standard-v2");
    browser.findElement(By.cssSelector("form.compare button")).click();
    waitUntil(ExpectedConditions.urlContains("/diff?"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("From TEST STD 1");
    Browser.screenshot(browser, "diff-test-standard");
    browser.get(base() + "/requirements/req:test-standard:v2:5.1-1");
    WebElement mapping = browser.findElement(By.cssSelector("table.mappings tbody tr"));
    assertThat(mapping.findElement(By.cssSelector("[data-relation]")).getAttribute("data-relation"))
        .isEqualTo("SUPERSET_OF");
    assertThat(mapping.findElement(By.cssSelector("[data-made-by]")).getText())
        .isEqualTo("regintel (our judgement)");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Satisfied by controls");
    assertThat(browser.findElements(By.cssSelector("a[href='/trace/ctl:unique-password']")))
        .isNotEmpty();
    Browser.screenshot(browser, "requirement-test-standard-5.1-1");
  }

  @Test
  void theKeyboardReachesTheContentAndEveryFieldHasALabel() {
    browser.get(base() + "/coverage");
    new Actions(browser).sendKeys(Keys.TAB).perform();
    WebElement first = browser.switchTo().activeElement();
    assertThat(first.getAttribute("class")).isEqualTo("skip");
    first.sendKeys(Keys.ENTER);
    assertThat(browser.getCurrentUrl()).endsWith("#main");
    for (String page : List.of("/", "/coverage", "/trace/ctl:unique-per-device-password")) {
      browser.get(base() + page);
      assertThat(
              browser.executeScript(
                  "return Array.from(document.querySelectorAll('input, select, button'))"
                      + ".filter(function (e) { return e.type !== 'hidden' && e.labels.length === 0"
                      + " && !e.getAttribute('aria-label') && !e.textContent.trim(); })"
                      + ".map(function (e) { return e.outerHTML; });"))
          .as(page)
          .asList()
          .isEmpty();
    }
  }

  @Test
  void theDoneWhenCommandDumpsADomWithProvision511() throws Exception {
    Browser.assumeInstalled();
    Process chromium =
        new ProcessBuilder(
                Browser.CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile.resolve("dump").toAbsolutePath(),
                "--dump-dom",
                "http://localhost:" + port + "/?q=デフォルトパスワード")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(chromium.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(dom).contains("5.1-1").contains("ETSI EN 303 645");
  }

  private String edgeStyle(String fulfilment) {
    return (String)
        browser.executeScript(
            "return regintelTrace.edges('[fulfilment = \""
                + fulfilment
                + "\"]').first()"
                + ".style('line-style');");
  }

  /** Clicks a node of the graph where it is drawn, as a reader would. */
  private void clickNode(WebElement graph, String id) {
    @SuppressWarnings("unchecked")
    java.util.Map<String, Number> at =
        (java.util.Map<String, Number>)
            browser.executeScript(
                "var n = regintelTrace.getElementById(arguments[0]);"
                    + " regintelTrace.center(n); return n.renderedPosition();",
                id);
    int dx = (int) Math.round(at.get("x").doubleValue() - graph.getSize().getWidth() / 2.0);
    int dy = (int) Math.round(at.get("y").doubleValue() - graph.getSize().getHeight() / 2.0);
    new Actions(browser).moveToElement(graph, dx, dy).click().perform();
  }

  /** Every resource the page loaded came from the app itself. */
  private void assertLoadedOnlyFromTheApp() {
    @SuppressWarnings("unchecked")
    List<String> loaded =
        (List<String>)
            browser.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
                    + ".concat(Array.from(document.querySelectorAll('[src], link[href]'))"
                    + ".map(function (e) { return e.src || e.href; }));");
    assertThat(loaded).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(base() + "/"));
  }

  private <T> void waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, T> until) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(until);
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
