package dev.regintel.app.internal.graphql;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;

/**
 * The estimated cost of a field: 1, plus what is under it once per item it may return. A field with
 * a {@code first} argument returns at most {@code first} items (its default when the query gives
 * none); the page under it ({@code edges}, {@code hits}) is already counted by that; any other list
 * field counts as {@code defaultListSize} items. So {@code controls(first: 100) { edges { node {
 * satisfies { requirement { satisfiedBy { id } } } } } }} costs about 100 x 10 x 10. Costs stop
 * growing just past the limit, so a deep query cannot overflow the sum.
 */
final class ListComplexity implements FieldComplexityCalculator {

  private final int defaultListSize;
  private final int ceiling;

  /**
   * @param defaultListSize items assumed for a list field without {@code first}
   * @param maxComplexity the limit the costs are checked against
   */
  ListComplexity(int defaultListSize, int maxComplexity) {
    this.defaultListSize = defaultListSize;
    this.ceiling = maxComplexity + 1;
  }

  @Override
  public int calculate(FieldComplexityEnvironment env, int childComplexity) {
    long cost = 1 + (long) Math.max(0, childComplexity) * items(env);
    return (int) Math.min(cost, ceiling);
  }

  private long items(FieldComplexityEnvironment env) {
    if (env.getArguments().get("first") instanceof Integer first) {
      return Math.max(first, 0);
    }
    if (!(GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType())
        instanceof GraphQLList)) {
      return 1;
    }
    FieldComplexityEnvironment parent = env.getParentEnvironment();
    boolean pageOfParent =
        parent != null && parent.getFieldDefinition().getArgument("first") != null;
    return pageOfParent ? 1 : defaultListSize;
  }
}
