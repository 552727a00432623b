package dev.regintel.app.cli;

import dev.regintel.app.RegintelApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The app started for a command, with the command's settings as command-line properties. */
final class AppContexts {

  private AppContexts() {}

  /** The whole service, web server included; it runs until the JVM is stopped. */
  static ConfigurableApplicationContext web(List<String> properties) {
    return new SpringApplicationBuilder(RegintelApplication.class)
        .run(properties.toArray(String[]::new));
  }

  /**
   * The app without its web server, for a command that prints its own progress: only warnings are
   * logged, and the search and mapping indexes are left to the service.
   */
  static ConfigurableApplicationContext withoutWeb(List<String> properties) {
    List<String> all = new ArrayList<>(properties);
    all.add("--logging.level.root=WARN");
    all.add("--logging.level.dev.regintel=WARN");
    // The service keeps the search index; it rebuilds it at its next start if the graph moved on.
    all.add("--regintel.search.maintain=false");
    // Nor does it keep a mapping index: its few traces (a coverage export) are walked by Cypher.
    if (all.stream().noneMatch(p -> p.startsWith("--regintel.trace.walk="))) {
      all.add("--regintel.trace.walk=cypher");
    }
    // Only the commands with seed options (crawl) load seed data into a new graph.
    if (all.stream().noneMatch(p -> p.startsWith("--regintel.seed.autoload="))) {
      all.add("--regintel.seed.autoload=false");
    }
    return new SpringApplicationBuilder(RegintelApplication.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .run(all.toArray(String[]::new));
  }
}
