package dev.regintel.app;

import dev.regintel.app.internal.config.RegintelProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The regintel service's Spring configuration: every feature package below this one is scanned. The
 * command line that starts it ({@code regintel serve}, {@code load}, {@code crawl}) is {@link
 * dev.regintel.app.cli.Main}.
 */
@SpringBootApplication
@EnableConfigurationProperties(RegintelProperties.class)
public class RegintelApplication {}
