package dev.regintel.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The contrast the pages claim (docs/web.md): text, link and state colours of {@code site.css} and
 * the trace graph's jurisdiction colours reach WCAG's 4.5:1 against the white page, and the legend
 * shows the graph's own colours.
 */
class ContrastTests {

  static String css() throws IOException {
    try (InputStream in = ContrastTests.class.getResourceAsStream("/static/web/site.css")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** WCAG 2's contrast ratio of two {@code #rrggbb} colours. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  @Test
  void theRatioIsWcags() {
    assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0);
    assertThat(contrast("#777777", "#ffffff")).isBetween(4.47, 4.49);
  }

  @Test
  void textLinksAndStatesReachFourAndAHalfToOneOnWhite() throws IOException {
    String css = css();
    for (String name : List.of("text", "muted", "link", "full", "partial", "none")) {
      Matcher m = Pattern.compile("--" + name + ": (#[0-9a-f]{6})").matcher(css);
      assertThat(m.find()).as(name).isTrue();
      assertThat(contrast(m.group(1), "#ffffff")).as(name).isGreaterThanOrEqualTo(4.5);
    }
  }

  @Test
  void jurisdictionColoursReachFourAndAHalfToOneAndTheLegendHasTheSame() throws IOException {
    List<String> legend = new ArrayList<>();
    Matcher m = Pattern.compile("\\.j(\\d) \\{ background: (#[0-9a-f]{6}); \\}").matcher(css());
    while (m.find()) {
      assertThat(Integer.parseInt(m.group(1))).isEqualTo(legend.size());
      legend.add(m.group(2));
    }
    assertThat(legend).isEqualTo(TraceGraph.PALETTE);
    for (String colour : TraceGraph.PALETTE) {
      assertThat(contrast(colour, "#ffffff")).as(colour).isGreaterThanOrEqualTo(4.5);
    }
  }
}
