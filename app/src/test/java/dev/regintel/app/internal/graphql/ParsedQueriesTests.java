package dev.regintel.app.internal.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The parsed-query cache: once per text, bounded, errors kept with their text. */
class ParsedQueriesTests {

  final List<String> parsed = new ArrayList<>();

  final Function<ExecutionInput, PreparsedDocumentEntry> parser =
      input -> {
        parsed.add(input.getQuery());
        if (input.getQuery().contains("bad")) {
          return new PreparsedDocumentEntry(
              GraphqlErrorBuilder.newError().message("bad query: " + input.getQuery()).build());
        }
        return new PreparsedDocumentEntry(Document.newDocument().build());
      };

  PreparsedDocumentEntry get(ParsedQueries cache, String query) {
    return cache
        .getDocumentAsync(
            ExecutionInput.newExecutionInput(query).variables(java.util.Map.of("x", 1)).build(),
            parser)
        .join();
  }

  @Test
  void aTextIsParsedOnceWhateverItsVariables() {
    ParsedQueries cache = new ParsedQueries();
    PreparsedDocumentEntry first = get(cache, "{ a }");
    PreparsedDocumentEntry again = get(cache, "{ a }");
    get(cache, "{ b }");
    assertThat(again).isSameAs(first);
    assertThat(parsed).containsExactly("{ a }", "{ b }");
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void aTextWithErrorsGetsTheSameErrorsEveryTime() {
    ParsedQueries cache = new ParsedQueries();
    assertThat(get(cache, "{ bad }").getErrors().getFirst().getMessage())
        .isEqualTo("bad query: { bad }");
    assertThat(get(cache, "{ bad }").getErrors().getFirst().getMessage())
        .isEqualTo("bad query: { bad }");
    assertThat(parsed).hasSize(1);
  }

  @Test
  void theCacheStopsGrowingAtItsCapacityAndStillAnswers() {
    ParsedQueries cache = new ParsedQueries();
    for (int i = 0; i < ParsedQueries.CAPACITY + 50; i++) {
      assertThat(get(cache, "{ f" + i + " }").hasErrors()).isFalse();
    }
    assertThat(cache.size()).isEqualTo(ParsedQueries.CAPACITY);
    // A text past the capacity is parsed again each time, and still answered.
    String late = "{ f" + (ParsedQueries.CAPACITY + 10) + " }";
    int before = parsed.size();
    assertThat(get(cache, late).getDocument()).isNotNull();
    assertThat(parsed).hasSize(before + 1);
  }

  @Test
  void veryLongTextsAreNotKept() {
    ParsedQueries cache = new ParsedQueries();
    String longQuery = "{ a " + " ".repeat(ParsedQueries.MAX_LENGTH) + "}";
    get(cache, longQuery);
    assertThat(cache.size()).isZero();
  }
}
