package dev.regintel.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code regintel keys}: the API keys' subcommands, one class each. */
@Command(
    name = "keys",
    header = "create, list and revoke API keys",
    description = {
      "API keys let clients call the mutations (and queries, when reads need a key). A key has a"
          + " role: reader < curator < admin. The graph stores only a hash of each key: a key is"
          + " shown once, when it is created."
    },
    subcommands = {KeysCreateCommand.class, KeysListCommand.class, KeysRevokeCommand.class})
final class KeysCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "name a keys command: create, list, revoke");
  }
}
