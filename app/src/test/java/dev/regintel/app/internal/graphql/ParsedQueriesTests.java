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

  static final int CAPACITY = 100;

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
    ParsedQueries cache = new ParsedQueries(CAPACITY);
    PreparsedDocumentEntry first = get(cache, "{ a }");
    PreparsedDocumentEntry again = get(cache, "{ a }");
    get(cache, "{ b }");
    assertThat(again).isSameAs(first);
    assertThat(parsed).containsExactly("{ a }", "{ b }");
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void aTextWithErrorsGetsTheSameErrorsEveryTime() {
    ParsedQueries cache = new ParsedQueries(CAPACITY);
    assertThat(get(cache, "{ bad }").getErrors().getFirst().getMessage())
        .isEqualTo("bad query: { bad }");
    assertThat(get(cache, "{ bad }").getErrors().getFirst().getMessage())
        .isEqualTo("bad query: { bad }");
    assertThat(parsed).hasSize(1);
  }

  @Test
  void pastItsCapacityTheCacheEvictsTheLeastUsedTextsAndStillAnswers() {
    ParsedQueries cache = new ParsedQueries(CAPACITY);
    String hot = "{ hot }";
    for (int i = 0; i < CAPACITY * 3; i++) {
      assertThat(get(cache, "{ f" + i + " }").hasErrors()).isFalse();
      if (i % 5 == 0) {
        get(cache, hot); // a text a client keeps sending amid a flood of one-off texts
      }
    }

    assertThat(cache.size()).isEqualTo(CAPACITY);
    // The text in use was kept; of the texts sent once, the evicted ones are parsed again.
    int before = parsed.size();
    get(cache, hot);
    assertThat(parsed).hasSize(before);
    for (int i = 0; i < CAPACITY * 3; i++) {
      assertThat(get(cache, "{ f" + i + " }").getDocument()).isNotNull();
    }
    assertThat(parsed.size() - before).isGreaterThanOrEqualTo(CAPACITY * 2);
  }

  @Test
  void aCapacityOfNothingKeepsNothing() {
    ParsedQueries cache = new ParsedQueries(0);
    get(cache, "{ a }");
    get(cache, "{ a }");
    assertThat(parsed).hasSize(2);
    assertThat(cache.size()).isZero();
  }

  @Test
  void veryLongTextsAreNotKept() {
    ParsedQueries cache = new ParsedQueries(CAPACITY);
    String longQuery = "{ a " + " ".repeat(ParsedQueries.MAX_LENGTH) + "}";
    get(cache, longQuery);
    assertThat(cache.size()).isZero();
  }
}
