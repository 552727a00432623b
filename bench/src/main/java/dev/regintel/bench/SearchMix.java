package dev.regintel.bench;

import dev.regintel.bench.Vocabulary.Term;
import dev.regintel.bench.Vocabulary.Topic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The deterministic mix of searches the search benchmark sends: the words of the synthetic graph's
 * own topics, as a researcher would type them, in four classes, with filters and later pages now
 * and then. The same graph, seed and stream give the same searches.
 */
final class SearchMix {

  /** Classes of query, each timed on its own as well as together. */
  enum QueryClass {
    /** A glossary term, a word of one, or a term with a product: {@code default password}. */
    ENGLISH,
    /** A Japanese compound or heading: {@code デフォルトパスワード}, {@code IoT機器 脆弱性開示}. */
    JAPANESE,
    /** English and Japanese in one query: {@code IoT機器 secure boot}. */
    MIXED,
    /** A ref, a document's code, or both: {@code 5.1-1}, {@code Art. 21}, {@code SYN EU REG 12}. */
    CODE;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One search.
   *
   * @param queryClass what kind of query it is
   * @param query the text
   * @param kinds the kinds filter, or null
   * @param jurisdictions the jurisdictions filter, or null
   * @param first hits per page
   * @param offset hits skipped (0 for the first page)
   */
  record Search(
      QueryClass queryClass,
      String query,
      List<String> kinds,
      List<String> jurisdictions,
      int first,
      int offset) {

    boolean filtered() {
      return kinds != null || jurisdictions != null;
    }

    /** The GraphQL variables of the search. */
    Map<String, Object> variables() {
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("query", query);
      variables.put("first", first);
      variables.put("offset", offset);
      if (filtered()) {
        Map<String, Object> filter = new LinkedHashMap<>();
        if (kinds != null) {
          filter.put("kinds", kinds);
        }
        if (jurisdictions != null) {
          filter.put("jurisdictions", jurisdictions);
        }
        variables.put("filter", filter);
      }
      return variables;
    }
  }

  /** Hits per page: the API's default. */
  static final int PAGE = 20;

  /** Share of searches with a filter, and of searches for a later page. */
  static final double FILTERED = 0.3;

  static final double LATER_PAGE = 0.2;

  private SearchMix() {}

  /** {@code n} searches over {@code g}'s words, drawn from random stream {@code stream}. */
  static List<Search> of(SyntheticGraph g, long seed, int stream, int n) {
    SplittableRandom random = SyntheticGraph.random(seed, stream);
    QueryClass[] classes = QueryClass.values();
    List<Search> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      QueryClass queryClass = classes[i % classes.length];
      String query =
          switch (queryClass) {
            case ENGLISH -> english(g, random);
            case JAPANESE -> japanese(g, random);
            case MIXED -> mixed(g, random);
            case CODE -> code(g, random);
          };
      List<String> kinds = null;
      List<String> jurisdictions = null;
      if (random.nextDouble() < FILTERED) {
        double u = random.nextDouble();
        if (u < 0.6) {
          kinds = List.of(u < 0.4 ? "REQUIREMENT" : "DOCUMENT");
        }
        if (u >= 0.4) {
          jurisdictions = List.of(place(g, random));
        }
      }
      int offset = random.nextDouble() < LATER_PAGE ? PAGE * (1 + random.nextInt(4)) : 0;
      out.add(new Search(queryClass, query, kinds, jurisdictions, PAGE, offset));
    }
    return out;
  }

  private static String english(SyntheticGraph g, SplittableRandom random) {
    Term term = term(g, random);
    double u = random.nextDouble();
    if (u < 0.5) {
      return term.en();
    } else if (u < 0.75) {
      return term.en() + " " + pick(random, Vocabulary.OBJECTS).en();
    }
    String[] words = term.en().split(" ");
    String longest = words[0];
    for (String w : words) {
      longest = w.length() > longest.length() ? w : longest;
    }
    return longest;
  }

  private static String japanese(SyntheticGraph g, SplittableRandom random) {
    double u = random.nextDouble();
    if (u < 0.6) {
      return term(g, random).ja();
    } else if (u < 0.8) {
      return topic(g, random).nameJa();
    }
    return pick(random, Vocabulary.OBJECTS).ja() + " " + term(g, random).ja();
  }

  private static String mixed(SyntheticGraph g, SplittableRandom random) {
    Topic topic = topic(g, random);
    Term a = pick(random, topic.terms());
    if (random.nextBoolean()) {
      return pick(random, Vocabulary.OBJECTS).ja() + " " + a.en();
    }
    Term b = pick(random, topic.terms());
    return a.en() + " " + b.ja();
  }

  private static String code(SyntheticGraph g, SplittableRandom random) {
    SyntheticCorpus c = g.corpus;
    int r = random.nextInt(c.reqId.length);
    double u = random.nextDouble();
    if (u < 0.5) {
      return c.ref(r);
    } else if (u < 0.8) {
      return c.code(c.reqDoc[r]);
    }
    return c.code(c.reqDoc[r]) + " " + c.ref(r);
  }

  /** One of the topics the graph has, any of them equally likely. */
  private static Topic topic(SyntheticGraph g, SplittableRandom random) {
    return g.topic(random.nextInt(g.corpus.topics()));
  }

  private static Term term(SyntheticGraph g, SplittableRandom random) {
    return pick(random, topic(g, random).terms());
  }

  /** A jurisdiction where documents are: the place of a random document. */
  private static String place(SyntheticGraph g, SplittableRandom random) {
    SyntheticCorpus c = g.corpus;
    return c.places[c.docPlace[random.nextInt(c.docPlace.length)]].code();
  }

  private static Term pick(SplittableRandom random, List<Term> terms) {
    return terms.get(random.nextInt(terms.size()));
  }
}
