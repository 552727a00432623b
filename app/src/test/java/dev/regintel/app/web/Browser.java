package dev.regintel.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium, driven by Selenium through Debian's {@code chromedriver}. Where the
 * browser is missing the browser tests are skipped, saying why, unless the environment sets {@code
 * REGINTEL_BROWSER_TESTS=required} (as {@code .ci/run} does after installing it): then they fail.
 */
final class Browser {

  static final Path CHROMIUM = Path.of(env("REGINTEL_CHROMIUM", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(env("REGINTEL_CHROMEDRIVER", "/usr/bin/chromedriver"));

  /** Where screenshots of the pages are kept, as test artifacts. */
  static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

  private Browser() {}

  /** Skips (or, where required, fails) when Chromium or its driver is not installed. */
  static void assumeInstalled() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String why =
        "Chromium and chromedriver are needed at "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + " (Debian: apt-get install chromium chromium-driver)";
    if ("required".equals(System.getenv("REGINTEL_BROWSER_TESTS"))) {
      Assertions.assertTrue(installed, why);
    }
    Assumptions.assumeTrue(installed, why);
  }

  /** A new headless browser with an empty profile, in the given interface language. */
  static ChromeDriver start(Path profile, String language) {
    assumeInstalled();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // The flags a root sandbox on a closed network needs: no sandbox, no GPU, and none of the
    // background connections Chromium would otherwise try (and have refused) at every start.
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1400",
        "--lang=" + language,
        "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /**
   * Keeps a screenshot of what the browser shows as {@code target/browser-screenshots/NAME.png}.
   */
  static Path screenshot(ChromeDriver driver, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value;
  }
}
