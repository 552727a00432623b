package dev.regintel.app.search;

import dev.regintel.ontology.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;

/**
 * A hit's snippet, made by Lucene's {@link UnifiedHighlighter} from the stored text: about {@value
 * #LENGTH} characters around the best match, HTML-escaped, the matches in {@code <em>} ({@link
 * SnippetFormatter}). Matches are found by analysis, as search finds them: English text with the
 * English analysis (stems: {@code vulnerability} marks {@code vulnerabilities}), Japanese text with
 * the Japanese parts analysis (so {@code パスワード} is marked inside {@code デフォルトパスワード}); the query's
 * glossary equivalents are marked as phrases. The language tried first is the query's, so a
 * Japanese query shows Japanese text where it matched there.
 */
final class Snippets {

  /** The length a snippet aims at, in characters. */
  static final int LENGTH = 160;

  /** Where the first match sits in a snippet: a quarter of the way in, as a reader expects. */
  private static final float MATCH_AT = 0.25f;

  private static final Analyzer ENGLISH = Analyzers.forSnippets(Analyzers.english());
  private static final Analyzer JAPANESE = Analyzers.forSnippets(Analyzers.japanese(null));
  private static final UnifiedHighlighter ENGLISH_TEXT = highlighter(ENGLISH);
  private static final UnifiedHighlighter JAPANESE_TEXT = highlighter(JAPANESE);

  private Snippets() {}

  /**
   * What a query marks in each language: its words analysed as that language's text is, and its
   * glossary equivalents in that language as phrases. Either may be null when nothing is left.
   */
  record Marks(Query english, Query japanese) {

    static Marks of(String normalizedQuery, List<String> expansions) {
      return new Marks(
          marks(ENGLISH, Fields.SNIPPET_EN, normalizedQuery, expansions, false),
          marks(JAPANESE, Fields.SNIPPET_JA, normalizedQuery, expansions, true));
    }

    private static Query marks(
        Analyzer analyzer, String field, String query, List<String> expansions, boolean japanese) {
      QueryBuilder builder = new QueryBuilder(analyzer);
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      add(any, builder.createBooleanQuery(field, query));
      for (String e : expansions) {
        if (Glossary.isJapanese(e) == japanese) {
          add(any, builder.createPhraseQuery(field, e, japanese ? 0 : 1));
        }
      }
      BooleanQuery marks = any.build();
      return marks.clauses().isEmpty() ? null : marks;
    }

    private static void add(BooleanQuery.Builder any, Query q) {
      if (q != null) {
        any.add(q, BooleanClause.Occur.SHOULD);
      }
    }
  }

  /**
   * The snippet of {@code english} or {@code japanese}, the query's language first; or null. Search
   * cuts its snippets from the index instead ({@link #fromIndex}); this analyses the text again,
   * and is what those are held to in tests.
   */
  static String snippet(String english, String japanese, Marks marks, boolean japaneseFirst) {
    String first = japaneseFirst ? japanese(japanese, marks) : english(english, marks);
    if (first != null) {
      return first;
    }
    return japaneseFirst ? english(english, marks) : japanese(japanese, marks);
  }

  /** The snippet of English text, or null when nothing in it matches. */
  static String english(String text, Marks marks) {
    return highlight(ENGLISH_TEXT, Fields.SNIPPET_EN, marks.english(), text);
  }

  /** The snippet of Japanese text, or null when nothing in it matches. */
  static String japanese(String text, Marks marks) {
    return highlight(JAPANESE_TEXT, Fields.SNIPPET_JA, marks.japanese(), text);
  }

  private static String highlight(
      UnifiedHighlighter highlighter, String field, Query marks, String text) {
    if (marks == null || text == null || text.isBlank()) {
      return null;
    }
    try {
      return (String) highlighter.highlightWithoutSearcher(field, marks, Text.collapse(text), 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the text is in memory
    }
  }

  /**
   * The snippets of a page of hits ({@code docs}, Lucene document numbers of {@code searcher}), as
   * {@link #snippet} makes them from their text, but from the offsets the index keeps with the
   * snippet fields ({@link IndexDocuments#SNIPPET}): the text is not analysed again. One per hit,
   * in order; null where nothing matches in either language.
   */
  static String[] fromIndex(
      IndexSearcher searcher, int[] docs, Marks marks, boolean japaneseFirst) {
    String[] out =
        japaneseFirst
            ? fromIndex(searcher, JAPANESE, Fields.SNIPPET_JA, marks.japanese(), docs)
            : fromIndex(searcher, ENGLISH, Fields.SNIPPET_EN, marks.english(), docs);
    int[] rest = IntStream.range(0, docs.length).filter(i -> out[i] == null).toArray();
    if (rest.length > 0) {
      int[] restDocs = Arrays.stream(rest).map(i -> docs[i]).toArray();
      String[] second =
          japaneseFirst
              ? fromIndex(searcher, ENGLISH, Fields.SNIPPET_EN, marks.english(), restDocs)
              : fromIndex(searcher, JAPANESE, Fields.SNIPPET_JA, marks.japanese(), restDocs);
      for (int i = 0; i < rest.length; i++) {
        out[rest[i]] = second[i];
      }
    }
    return out;
  }

  private static String[] fromIndex(
      IndexSearcher searcher, Analyzer analyzer, String field, Query marks, int[] docs) {
    if (marks == null || docs.length == 0) {
      return new String[docs.length];
    }
    try {
      return configured(UnifiedHighlighter.builder(searcher, analyzer))
          .build()
          .highlightFields(new String[] {field}, marks, docs, new int[] {1})
          .get(field);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static UnifiedHighlighter highlighter(Analyzer analyzer) {
    return configured(UnifiedHighlighter.builderWithoutSearcher(analyzer)).build();
  }

  private static UnifiedHighlighter.Builder configured(UnifiedHighlighter.Builder builder) {
    return builder
        .withBreakIterator(
            () ->
                LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getWordInstance(Locale.ROOT), LENGTH, MATCH_AT))
        .withFormatter(new SnippetFormatter())
        // No match, no snippet: the other language is tried, and then there is none.
        .withMaxNoHighlightPassages(0);
  }
}
