package dev.regintel.app.search;

import dev.regintel.app.internal.config.RegintelProperties;
import dev.regintel.app.internal.graphql.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.springframework.stereotype.Service;

/**
 * Runs a bilingual search: the query is normalised (NFKC, case), analysed for every language field,
 * matched against designations and refs, and expanded with its glossary equivalents in the other
 * language (weighted below direct matches); filters narrow by kind, jurisdiction and publisher.
 */
@Service
public class SearchService {

  static final Set<String> KINDS = Set.of("DOCUMENT", "REQUIREMENT", "CONTROL");
  static final float EXPANSION_WEIGHT = 0.4f;

  static final float PARENT_SHARE = 0.6f;

  /** The stored fields a hit shows (its snippet comes from {@link Snippets#fromIndex}). */
  private static final Set<String> SHOWN =
      Set.of(
          Fields.KIND, Fields.ID, Fields.TITLE, Fields.TITLE_JA, Fields.DOCUMENT_CODE, Fields.REF);

  /** Matches counted exactly unless an exact total is asked for; Lucene's own default. */
  static final int COUNTED = 1000;

  static final int MAX_FIRST = 200;
  static final java.util.regex.Pattern CODE_LIKE = java.util.regex.Pattern.compile("[0-9a-z]");

  private final SearchIndex index;
  private final int maxOffset;

  private volatile int counted = COUNTED;

  SearchService(SearchIndex index, RegintelProperties properties) {
    this.index = index;
    this.maxOffset = properties.limits().maxSearchOffset();
  }

  /** A search whose total is exact up to {@link #COUNTED} hits and a lower bound above. */
  public SearchResultView search(String query, SearchFilter filter, int first, int offset) {
    return search(query, filter, first, offset, false);
  }

  /**
   * Searches; {@code exactTotal} counts every hit, at the cost of visiting them all, where
   * otherwise counting stops past {@link #COUNTED} and the best hits are found without visiting
   * every match (Lucene skips documents that cannot make the top).
   */
  public SearchResultView search(
      String query, SearchFilter filter, int first, int offset, boolean exactTotal) {
    if (query == null || query.isBlank()) {
      throw ApiException.badInput("query must not be empty");
    }
    if (first < 0 || first > MAX_FIRST) {
      throw ApiException.badInput("first must be between 0 and " + MAX_FIRST + ", not " + first);
    }
    if (offset < 0) {
      throw ApiException.badInput("offset must not be negative, not " + offset);
    }
    if (offset > maxOffset) {
      // Lucene keeps offset + first hits in memory while ranking: an unbounded offset is a way to
      // make it allocate gigabytes.
      throw ApiException.overLimit("offset " + offset, "max-search-offset", maxOffset);
    }
    SearchIndex.Snapshot snapshot = index.acquire();
    try {
      return search(snapshot, query, filter, first, offset, exactTotal);
    } finally {
      index.release(snapshot);
    }
  }

  private SearchResultView search(
      SearchIndex.Snapshot snapshot,
      String query,
      SearchFilter filter,
      int first,
      int offset,
      boolean exactTotal) {
    String q = Glossary.normalize(query);
    List<String> expansions = snapshot.glossary().expansions(q);
    Query lucene = query(q, expansions, filter, snapshot.analyzer());
    IndexSearcher searcher = snapshot.searcher();
    try {
      // One pass gives both the best hits and the number of matches.
      TopDocs top =
          searcher.search(
              lucene,
              new TopScoreDocCollectorManager(
                  Math.max(1, offset + first + 30), exactTotal ? Integer.MAX_VALUE : counted));
      boolean totalExact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
      // Past the limit, how far counting went depends on how the slices' threads raced; the
      // limit itself is the lower bound, the same every time.
      int total = totalExact ? Math.toIntExact(top.totalHits.value()) : counted;
      List<Scored> ranked = withParents(searcher, top.scoreDocs, filter);
      int end = Math.min(ranked.size(), offset + first);
      List<SearchHitView> hits = new ArrayList<>(Math.max(0, end - offset));
      if (offset < end) {
        // Stored text is read, and snippets made, for the returned page only.
        Snippets.Marks marks = Snippets.Marks.of(q, expansions);
        boolean japaneseFirst = Glossary.isJapanese(q);
        int[] page = ranked.subList(offset, end).stream().mapToInt(Scored::doc).toArray();
        String[] snippets = Snippets.fromIndex(searcher, page, marks, japaneseFirst);
        StoredFields stored = searcher.storedFields();
        for (int i = offset; i < end; i++) {
          Document d = stored.document(ranked.get(i).doc(), SHOWN);
          hits.add(
              new SearchHitView(
                  ranked.get(i).score(),
                  d.get(Fields.KIND),
                  d.get(Fields.ID),
                  d.get(Fields.TITLE),
                  d.get(Fields.TITLE_JA),
                  d.get(Fields.DOCUMENT_CODE),
                  d.get(Fields.REF),
                  snippets[i - offset]));
        }
      }
      return new SearchResultView(Math.max(total, ranked.size()), totalExact, hits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A hit with its (possibly propagated) score.
   *
   * @param id the item's id
   * @param score its own score, or the share of a sub-point's, whichever is higher
   * @param doc its Lucene document number
   * @param parent the id of the requirement it is part of, or null
   */
  record Scored(String id, float score, int doc, String parent) {}

  /**
   * The {@code top} hits ranked again, where a provision also scores {@link #PARENT_SHARE} of its
   * best-scoring sub-point: a law's paragraph is a good answer when one of its points is
   * (California 1798.91.04(b) for a query its point (b)(1) answers). A sub-point is a part whose
   * reference extends its parent's (Art. 23(4)(a) of Art. 23(4), 5.1-1 of 5.1); the parts of a
   * grouping entry (JC-STAR's STAR-1 level and its criteria S1.1-01 ...) give it no share, since
   * the group is not an answer in itself. Parents not among the hits are looked up, all at once per
   * level, subject to the same filters. Ids and parents come from doc values; no stored document is
   * read here.
   */
  /** Whether {@code hit} is a sub-point of its parent: its id extends the parent's. */
  static boolean subPoint(Scored hit) {
    return hit.parent() != null && hit.id().startsWith(hit.parent() + "-");
  }

  List<Scored> withParents(IndexSearcher searcher, ScoreDoc[] top, SearchFilter filter)
      throws IOException {
    Map<String, Scored> byId = new LinkedHashMap<>();
    add(searcher, top, null, byId);
    for (int level = 0; level < 2; level++) {
      Map<String, Float> missing = new HashMap<>();
      for (Scored hit : List.copyOf(byId.values())) {
        if (!subPoint(hit)) {
          continue;
        }
        float share = hit.score() * PARENT_SHARE;
        Scored existing = byId.get(hit.parent());
        if (existing == null) {
          missing.merge(hit.parent(), share, Math::max);
        } else if (existing.score() < share) {
          byId.put(
              hit.parent(), new Scored(existing.id(), share, existing.doc(), existing.parent()));
        }
      }
      if (missing.isEmpty()) {
        break;
      }
      List<BytesRef> ids = missing.keySet().stream().map(BytesRef::new).toList();
      BooleanQuery.Builder lookup =
          new BooleanQuery.Builder()
              .add(new TermInSetQuery(Fields.ID, ids), BooleanClause.Occur.FILTER);
      addFilters(lookup, filter);
      add(searcher, searcher.search(lookup.build(), missing.size()).scoreDocs, missing, byId);
    }
    List<Scored> ranked = new ArrayList<>(byId.values());
    ranked.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id));
    return ranked;
  }

  /**
   * Adds hits to {@code byId}, scored by Lucene, or, for looked-up parents, by {@code shares}.
   * Reads ids and parents from doc values, in document order, a segment at a time.
   */
  private static void add(
      IndexSearcher searcher, ScoreDoc[] hits, Map<String, Float> shares, Map<String, Scored> byId)
      throws IOException {
    Integer[] inDocOrder = new Integer[hits.length];
    for (int i = 0; i < hits.length; i++) {
      inDocOrder[i] = i;
    }
    Arrays.sort(inDocOrder, Comparator.comparingInt(i -> hits[i].doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Scored[] found = new Scored[hits.length];
    int leafIndex = -1;
    LeafReaderContext leaf = null;
    SortedDocValues ids = null;
    SortedDocValues parents = null;
    for (int i : inDocOrder) {
      int doc = hits[i].doc;
      int at = ReaderUtil.subIndex(doc, leaves);
      if (at != leafIndex) {
        leafIndex = at;
        leaf = leaves.get(at);
        ids = DocValues.getSorted(leaf.reader(), Fields.ID);
        parents = DocValues.getSorted(leaf.reader(), Fields.PARENT);
      }
      int local = doc - leaf.docBase;
      String id = ids.advanceExact(local) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : null;
      String parent =
          parents.advanceExact(local) ? parents.lookupOrd(parents.ordValue()).utf8ToString() : null;
      float score = shares == null ? hits[i].score : shares.get(id);
      found[i] = new Scored(id, score, doc, parent);
    }
    for (Scored s : found) {
      byId.put(s.id(), s);
    }
  }

  /** Sets where counting stops (tests reach it on a small corpus). */
  void counted(int matches) {
    counted = matches;
  }

  /** The Lucene query for a normalised query text; public for the relevance evaluation. */
  static Query query(String q, List<String> expansions, SearchFilter filter, Analyzer analyzer) {
    QueryBuilder builder = new QueryBuilder(analyzer);
    BooleanQuery.Builder text = new BooleanQuery.Builder();
    add(text, builder.createBooleanQuery(Fields.EN_TITLE, q), 3f);
    add(text, builder.createBooleanQuery(Fields.EN_TEXT, q), 1f);
    add(text, builder.createBooleanQuery(Fields.JA_TITLE, q), 3f);
    add(text, builder.createBooleanQuery(Fields.JA_TEXT, q), 1f);
    add(text, builder.createBooleanQuery(Fields.JP_TITLE, q), 1f);
    add(text, builder.createBooleanQuery(Fields.JP_TEXT, q), 0.3f);
    add(text, builder.createBooleanQuery(Fields.EN_PARTS_OF, q), 1.2f);
    add(text, builder.createBooleanQuery(Fields.JA_PARTS_OF, q), 1.2f);
    add(text, builder.createBooleanQuery(Fields.JP_PARTS_OF, q), 0.5f);
    if (CODE_LIKE.matcher(q).find()) {
      // Designations and refs are Latin letters and digits; a purely Japanese query has none.
      add(text, builder.createPhraseQuery(Fields.CODES, q), 6f);
    }
    for (String e : expansions) {
      boolean japanese = Glossary.isJapanese(e);
      if (japanese) {
        add(text, builder.createPhraseQuery(Fields.JA_TITLE, e), 3f * EXPANSION_WEIGHT);
        add(text, builder.createPhraseQuery(Fields.JA_TEXT, e), EXPANSION_WEIGHT);
        add(text, builder.createPhraseQuery(Fields.JA_PARTS_OF, e), 1.5f * EXPANSION_WEIGHT);
      } else {
        add(text, builder.createPhraseQuery(Fields.EN_TITLE, e, 1), 3f * EXPANSION_WEIGHT);
        add(text, builder.createPhraseQuery(Fields.EN_TEXT, e, 1), EXPANSION_WEIGHT);
        add(text, builder.createPhraseQuery(Fields.EN_PARTS_OF, e, 1), 1.5f * EXPANSION_WEIGHT);
      }
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(text.build(), BooleanClause.Occur.MUST);
    addFilters(all, filter);
    return all.build();
  }

  private static void addFilters(BooleanQuery.Builder b, SearchFilter filter) {
    if (filter != null) {
      filter(b, Fields.KIND, filter.kinds(), true);
      filter(b, Fields.JURISDICTION, filter.jurisdictions(), false);
      filter(b, Fields.PUBLISHER, filter.publishers(), false);
      filter(b, Fields.STATUS, filter.statuses(), false);
    }
  }

  private static void add(BooleanQuery.Builder b, Query q, float boost) {
    if (q != null) {
      b.add(boost == 1f ? q : new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
    }
  }

  private static void filter(
      BooleanQuery.Builder b, String field, List<String> values, boolean kinds) {
    if (values == null || values.isEmpty()) {
      return;
    }
    List<BytesRef> terms = new ArrayList<>();
    for (String v : values) {
      String value =
          kinds
              ? v.toUpperCase(Locale.ROOT)
              : field.equals(Fields.PUBLISHER) ? v.toLowerCase(Locale.ROOT) : v;
      if (kinds && !KINDS.contains(value)) {
        throw ApiException.badInput(
            "kinds must be DOCUMENT, REQUIREMENT or CONTROL, not '" + v + "'");
      }
      terms.add(new BytesRef(value));
    }
    b.add(new TermInSetQuery(field, terms), BooleanClause.Occur.FILTER);
  }
}
