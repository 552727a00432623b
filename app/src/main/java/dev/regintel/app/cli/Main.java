package dev.regintel.app.cli;

import dev.regintel.app.internal.startup.StartupTimeline;

/** The service jar's entry point: {@code java -jar regintel-app.jar COMMAND [OPTIONS]}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    StartupTimeline.mainStarted();
    int status = RegintelCommand.commandLine().execute(args);
    // serve returns 0 with the server running; exiting would stop it.
    if (status != 0) {
      System.exit(status);
    }
  }
}
