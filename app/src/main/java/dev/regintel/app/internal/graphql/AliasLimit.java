package dev.regintel.app.internal.graphql;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * Refuses a document with more than {@code max} aliased fields before it runs: aliases let one
 * request ask for the same costly field many times over ({@code a: trace(...) b: trace(...)}).
 * graphql-java has no instrumentation of its own for this.
 */
final class AliasLimit extends SimplePerformantInstrumentation {

  static final String LIMIT = "max-aliases";

  private final int max;

  AliasLimit(int max) {
    this.max = max;
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    int aliases = count(parameters.getExecutionContext().getDocument());
    if (aliases > max) {
      throw LimitErrors.abort(LIMIT, max, "Alias count " + aliases);
    }
    return super.beginExecuteOperation(parameters, state);
  }

  /** Aliased fields in a document, fragments included, each counted where it is written. */
  static int count(Node<?> document) {
    int[] aliases = {0};
    new NodeTraverser()
        .preOrder(
            new NodeVisitorStub() {
              @Override
              public TraversalControl visitField(Field node, TraverserContext<Node> context) {
                if (node.getAlias() != null) {
                  aliases[0]++;
                }
                return TraversalControl.CONTINUE;
              }
            },
            document);
    return aliases[0];
  }
}
