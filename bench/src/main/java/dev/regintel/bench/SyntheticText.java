package dev.regintel.bench;

import dev.regintel.bench.Vocabulary.Term;
import dev.regintel.bench.Vocabulary.Topic;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The searchable words of synthetic documents, requirements and controls, in English and Japanese:
 * sentences built from the glossary terms of their topic ({@link Topic#terms}) and of the
 * glossary's actors, products and threats, so that search meets text like the corpus's (a provision
 * has a title of a few words, about 150 characters of English and 60 to 80 of Japanese) and
 * cross-lingual expansion finds its terms. Each item's words depend only on the seed and its
 * position, so rows can be made in any order.
 */
final class SyntheticText {

  /** A title and a body, in both languages. */
  record Text(String title, String titleJa, String text, String textJa) {}

  /** Modal verbs by obligation (order of {@link SyntheticCorpus#OBLIGATIONS}). */
  private static final String[] MODAL = {"shall", "should", "shall", "may"};

  private static final String[] MODAL_JA = {"しなければならない", "することが望ましい", "しなければならない", "することができる"};

  /** Random streams of {@link SyntheticGraph#random(int, int)}, apart from the structure's. */
  private static final int REQUIREMENT_TEXT = 201;

  private static final int DOCUMENT_TEXT = 202;
  private static final int CONTROL_TEXT = 203;

  private SyntheticText() {}

  /** A requirement's title and text: one or two sentences, or an introduction for a parent. */
  static Text requirement(SyntheticGraph g, int r) {
    SyntheticCorpus c = g.corpus;
    SplittableRandom random = g.random(REQUIREMENT_TEXT, r);
    Topic topic = g.topic(c.reqTopic[r]);
    int obligation = c.reqObligation[r];
    Term object = pick(random, Vocabulary.OBJECTS);
    Term title = title(random, topic, object);
    StringBuilder en = new StringBuilder();
    StringBuilder ja = new StringBuilder();
    if (obligation == 3 && c.reqPart[r] == 0) {
      Term a = term(random, topic);
      Term b = other(random, topic, a);
      en.append("This provision sets out requirements on ")
          .append(g.topicName(c.reqTopic[r]))
          .append(" for the ")
          .append(object.en())
          .append(", in particular ")
          .append(a.en())
          .append(" and ")
          .append(b.en())
          .append('.');
      ja.append("本規定は、")
          .append(object.ja())
          .append("の")
          .append(topic.nameJa())
          .append("に関する要件、特に")
          .append(a.ja())
          .append("及び")
          .append(b.ja())
          .append("について定める。");
    } else {
      int sentences = 1 + (random.nextDouble() < 0.5 ? 1 : 0);
      for (int s = 0; s < sentences; s++) {
        sentence(random, topic, object, obligation, s == 0 && obligation == 2, en, ja);
      }
    }
    return new Text(title.en(), title.ja(), en.toString(), ja.toString());
  }

  /** A document's title and summary (its subject is its first requirement's topic). */
  static Text document(SyntheticGraph g, int d) {
    SyntheticCorpus c = g.corpus;
    SplittableRandom random = g.random(DOCUMENT_TEXT, d);
    Vocabulary.Kind kind = c.kind(d);
    int t = c.docRequirements[d] > 0 ? c.reqTopic[c.docFirst[d]] : d % c.topics();
    Topic topic = g.topic(t);
    Vocabulary.Place place = c.places[c.docPlace[d]];
    Term object = pick(random, Vocabulary.OBJECTS);
    Term a = term(random, topic);
    Term b = other(random, topic, a);
    Term x = pick(random, Vocabulary.THREATS);
    String kindName = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    String text =
        "A synthetic %s of %s on %s for the %s: %s and %s, and protection against %s."
            .formatted(kindName, place.name(), g.topicName(t), object.en(), a.en(), b.en(), x.en());
    String textJa =
        "%sにおける%sの%sに関する架空の%s。%s及び%s、並びに%sからの保護を扱う。"
            .formatted(
                place.nameJa(), object.ja(), topic.nameJa(), kind.nameJa(), a.ja(), b.ja(), x.ja());
    return new Text(
        "Synthetic " + kindName + " on " + g.topicName(t),
        topic.nameJa() + "に関する架空の" + kind.nameJa(),
        text,
        textJa);
  }

  /** A control's name and description. */
  static Text control(SyntheticGraph g, int i) {
    SplittableRandom random = g.random(CONTROL_TEXT, i);
    Topic topic = g.topic(g.products.controlTopic[i]);
    Term object = pick(random, Vocabulary.OBJECTS);
    Term a = term(random, topic);
    Term b = other(random, topic, a);
    Term x = pick(random, Vocabulary.THREATS);
    return new Text(
        capitalise(a.en()) + " for the " + object.en() + " (control " + i + ")",
        object.ja() + "の" + a.ja() + "（対策 " + i + "）",
        "The %s implements %s and %s against %s.".formatted(object.en(), a.en(), b.en(), x.en()),
        "%sは、%sに備えて%s及び%sを実装する。".formatted(object.ja(), x.ja(), a.ja(), b.ja()));
  }

  /** A title in both languages: a term of the topic, alone or in a short heading. */
  private static Term title(SplittableRandom random, Topic topic, Term object) {
    Term a = term(random, topic);
    Term b = other(random, topic, a);
    return switch (random.nextInt(5)) {
      case 0 -> new Term(capitalise(a.en()), a.ja());
      case 1 -> new Term(capitalise(a.en()) + " of the " + object.en(), object.ja() + "の" + a.ja());
      case 2 -> new Term("Requirements on " + a.en(), a.ja() + "に関する要件");
      case 3 -> new Term("Management of " + a.en(), a.ja() + "の管理");
      default ->
          a.equals(b)
              ? new Term(capitalise(a.en()), a.ja())
              : new Term(capitalise(a.en()) + " and " + b.en(), a.ja() + "と" + b.ja());
    };
  }

  /** One sentence of a provision, in both languages, appended to each. */
  private static void sentence(
      SplittableRandom random,
      Topic topic,
      Term object,
      int obligation,
      boolean condition,
      StringBuilder en,
      StringBuilder ja) {
    Term actor = pick(random, Vocabulary.ACTORS);
    Term a = term(random, topic);
    Term b = other(random, topic, a);
    Term x = pick(random, Vocabulary.THREATS);
    String m = MODAL[obligation];
    String mj = MODAL_JA[obligation];
    if (!en.isEmpty()) {
      en.append(' ');
    }
    String e;
    String j;
    switch (random.nextInt(6)) {
      case 0 -> {
        e =
            "the %s %s ensure that the %s supports %s."
                .formatted(actor.en(), m, object.en(), a.en());
        j = "%sは、%sが%sに対応することを確保%s。".formatted(actor.ja(), object.ja(), a.ja(), mj);
      }
      case 1 -> {
        e = "the %s %s implement %s and %s.".formatted(object.en(), m, a.en(), b.en());
        j = "%sは、%s及び%sを実装%s。".formatted(object.ja(), a.ja(), b.ja(), mj);
      }
      case 2 -> {
        e =
            "the %s %s document %s in the technical documentation of the %s."
                .formatted(actor.en(), m, a.en(), object.en());
        j = "%sは、%sの技術文書に%sを記載%s。".formatted(actor.ja(), object.ja(), a.ja(), mj);
      }
      case 3 -> {
        e = "the %s %s provide %s for the defined support period.".formatted(actor.en(), m, a.en());
        j = "%sは、定められたサポート期間中、%sを提供%s。".formatted(actor.ja(), a.ja(), mj);
      }
      case 4 -> {
        e = "the %s %s protect %s against %s.".formatted(object.en(), m, a.en(), x.en());
        j = "%sは、%sから%sを保護%s。".formatted(object.ja(), x.ja(), a.ja(), mj);
      }
      default -> {
        e =
            "the %s %s verify %s before placing the %s on the market."
                .formatted(actor.en(), m, a.en(), object.en());
        j = "%sは、%sの上市前に%sを検証%s。".formatted(actor.ja(), object.ja(), a.ja(), mj);
      }
    }
    if (condition) {
      en.append("Where the ").append(object.en()).append(" uses ").append(b.en()).append(", ");
      ja.append(object.ja()).append("が").append(b.ja()).append("を使用する場合、");
      en.append(e);
    } else {
      en.append(capitalise(e));
    }
    ja.append(j);
  }

  /** A term of the topic; the first, which names the subject, more often than the others. */
  private static Term term(SplittableRandom random, Topic topic) {
    List<Term> terms = topic.terms();
    return random.nextDouble() < 0.4 ? terms.getFirst() : pick(random, terms);
  }

  /** A term of the topic other than {@code a}. */
  private static Term other(SplittableRandom random, Topic topic, Term a) {
    List<Term> terms = topic.terms();
    int at = terms.indexOf(a);
    return terms.get((at + 1 + random.nextInt(terms.size() - 1)) % terms.size());
  }

  private static Term pick(SplittableRandom random, List<Term> terms) {
    return terms.get(random.nextInt(terms.size()));
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
