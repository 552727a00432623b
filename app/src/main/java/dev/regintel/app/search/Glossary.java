package dev.regintel.app.search;

import dev.regintel.ontology.Text;
import java.io.IOException;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.ja.dict.UserDictionary;

/**
 * The bilingual glossary as search uses it: Japanese compounds for Kuromoji's user dictionary (so
 * they are kept whole), and English/Japanese equivalents for cross-lingual query expansion.
 */
final class Glossary {

  /** One pair; alternatives included. */
  record Term(String en, String ja, List<String> enAlt, List<String> jaAlt, String reading) {}

  private final Map<String, Set<String>> jaToEn = new LinkedHashMap<>();
  private final Map<String, Set<String>> enToJa = new LinkedHashMap<>();
  private final Set<String> japaneseSurfaces = new LinkedHashSet<>();
  private final Map<String, String> readings = new LinkedHashMap<>();

  /** What a query is matched against: each direction's terms, longest first, ready to look for. */
  private final List<Needle> jaNeedles;

  private final List<Needle> enNeedles;

  /**
   * A glossary term as looked for in a query: Japanese as it is, English as a whole word sequence
   * between spaces.
   */
  private record Needle(String needle, boolean japanese, Set<String> equivalents) {}

  Glossary(List<Term> terms) {
    for (Term t : terms) {
      List<String> en = new ArrayList<>();
      en.add(t.en());
      en.addAll(t.enAlt());
      List<String> ja = new ArrayList<>();
      ja.add(t.ja());
      ja.addAll(t.jaAlt());
      for (String j : ja) {
        String key = normalize(j);
        if (!isJapanese(key)) {
          continue;
        }
        Set<String> targets = jaToEn.computeIfAbsent(key, k -> new LinkedHashSet<>());
        en.forEach(e -> targets.add(normalize(e)));
        japaneseSurfaces.add(key);
        if (t.reading() != null && j.equals(t.ja())) {
          readings.put(key, t.reading());
        }
      }
      for (String e : en) {
        String key = normalize(e);
        if (!key.isBlank() && !isJapanese(key)) {
          Set<String> targets = enToJa.computeIfAbsent(key, k -> new LinkedHashSet<>());
          ja.forEach(j -> targets.add(normalize(j)));
        }
      }
    }
    jaNeedles = needles(jaToEn);
    enNeedles = needles(enToJa);
  }

  /** Built once per glossary: matching a query is then a scan of plain substring checks. */
  private static List<Needle> needles(Map<String, Set<String>> dictionary) {
    List<String> keys = new ArrayList<>(dictionary.keySet());
    keys.sort((a, b) -> Integer.compare(b.length(), a.length()));
    List<Needle> out = new ArrayList<>(keys.size());
    for (String key : keys) {
      boolean japanese = isJapanese(key);
      String needle = japanese ? key : " " + key.replaceAll("[^\\p{L}\\p{N}]+", " ").trim() + " ";
      if (!needle.isBlank()) {
        out.add(new Needle(needle, japanese, dictionary.get(key)));
      }
    }
    return List.copyOf(out);
  }

  /**
   * NFKC, lower case, white space collapsed ({@link Text#collapse}): how index and queries see
   * text.
   */
  static String normalize(String text) {
    String folded =
        Text.collapse(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    // The long-vowel folding the analyzers do (JapaneseKatakanaStemFilter), done here too, so that
    // the glossary finds セキュリティ in セキュリティー as the index does.
    return LONG_VOWEL_END.matcher(folded).replaceAll("$1");
  }

  /** A katakana word of more than four characters ending in the prolonged sound mark. */
  private static final java.util.regex.Pattern LONG_VOWEL_END =
      java.util.regex.Pattern.compile(
          "([\\p{IsKatakana}\u30fc]{4,})\u30fc(?![\\p{IsKatakana}\u30fc])");

  static boolean isJapanese(String text) {
    return text.codePoints()
        .anyMatch(
            c -> {
              Character.UnicodeScript s = Character.UnicodeScript.of(c);
              return s == Character.UnicodeScript.HIRAGANA
                  || s == Character.UnicodeScript.KATAKANA
                  || s == Character.UnicodeScript.HAN;
            });
  }

  /**
   * Glossary equivalents in the other language of the terms the query contains, longest terms
   * first, each term used once.
   */
  List<String> expansions(String query) {
    String q = normalize(query);
    List<String> out = new ArrayList<>();
    collect(q, jaNeedles, out);
    collect(" " + q.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ", enNeedles, out);
    return out;
  }

  private static void collect(String text, List<Needle> needles, List<String> out) {
    String rest = text;
    for (Needle n : needles) {
      if (!rest.contains(n.needle())) {
        continue;
      }
      for (String equivalent : n.equivalents()) {
        if (!out.contains(equivalent)) {
          out.add(equivalent);
        }
      }
      rest = rest.replace(n.needle(), n.japanese() ? " " : "  ");
    }
  }

  /**
   * Kuromoji's user dictionary: every Japanese glossary term as one custom noun, so that compounds
   * such as デフォルトパスワード stay whole in the whole-word fields. Null when there are none.
   */
  UserDictionary userDictionary() throws IOException {
    StringBuilder csv = new StringBuilder();
    for (String surface : japaneseSurfaces) {
      if (surface.contains(",")
          || surface.contains("\"")
          || surface.contains(" ")
          || surface.length() < 2) {
        continue;
      }
      String reading = readings.getOrDefault(surface, toKatakana(surface)).replace(",", "");
      if (reading.isBlank() || reading.contains(" ")) {
        reading = toKatakana(surface);
      }
      csv.append(surface)
          .append(',')
          .append(surface)
          .append(',')
          .append(reading)
          .append(",カスタム名詞\n");
    }
    return csv.isEmpty() ? null : UserDictionary.open(new StringReader(csv.toString()));
  }

  private static String toKatakana(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(c >= 0x3041 && c <= 0x3096 ? c + 0x60 : c));
    return out.toString();
  }

  int size() {
    return japaneseSurfaces.size();
  }
}
