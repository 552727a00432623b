package dev.regintel.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code regintel --version}: the version and time of the build ({@code
 * META-INF/build-info.properties}, written by Spring Boot's build-info goal) and the git commit it
 * was built from ({@code git.properties}, written by git-commit-id when the build ran in a git
 * checkout).
 */
final class BuildVersion implements IVersionProvider {

  static final String BUILD_INFO = "META-INF/build-info.properties";
  static final String GIT = "git.properties";

  @Override
  public String[] getVersion() {
    return lines(read(BUILD_INFO), read(GIT)).toArray(String[]::new);
  }

  static List<String> lines(Properties build, Properties git) {
    List<String> lines = new ArrayList<>();
    lines.add("regintel " + build.getProperty("build.version", "(version unknown: no build info)"));
    String commit = git.getProperty("git.commit.id.abbrev");
    if (commit != null) {
      lines.add(
          "git commit "
              + commit
              + " ("
              + git.getProperty("git.commit.time", "time unknown")
              + ")"
              + ("true".equals(git.getProperty("git.dirty")) ? " with uncommitted changes" : ""));
    }
    if (build.getProperty("build.time") != null) {
      lines.add("built " + build.getProperty("build.time"));
    }
    lines.add("Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
    return lines;
  }

  private static Properties read(String resource) {
    Properties properties = new Properties();
    try (InputStream in = BuildVersion.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return properties;
  }
}
