package dev.regintel.app.search;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of each index field. Text is NFKC-normalised and lower-cased before it gets here
 * ({@link Glossary#normalize}), so full-width ＩｏＴ and IoT are the same.
 *
 * <ul>
 *   <li>{@code en_*}: English, with stop words and Porter stemming;
 *   <li>{@code ja_*}: Japanese, Kuromoji in search mode with the glossary as user dictionary, so
 *       glossary compounds (デフォルトパスワード) stay whole; base forms, width folding, and the katakana
 *       long-vowel folding (セキュリティー = セキュリティ);
 *   <li>{@code jp_*}: Japanese parts, the same without the user dictionary, so compounds are also
 *       found by their parts (パスワード);
 *   <li>{@code codes}: designations and refs as standard tokens ({@code 2023/1007}, {@code 5.1-1}).
 * </ul>
 */
final class Analyzers {

  private Analyzers() {}

  static Analyzer english() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
      }
    };
  }

  static Analyzer japanese(UserDictionary dictionary) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source =
            new JapaneseTokenizer(dictionary, true, true, JapaneseTokenizer.Mode.SEARCH);
        TokenStream result = new JapaneseBaseFormFilter(source);
        result = new JapanesePartOfSpeechStopFilter(result, JapaneseAnalyzer.getDefaultStopTags());
        result = new CJKWidthFilter(result);
        result = new StopFilter(result, JapaneseAnalyzer.getDefaultStopSet());
        result = new JapaneseKatakanaStemFilter(result);
        result = new LowerCaseFilter(result);
        return new TokenStreamComponents(source, result);
      }
    };
  }

  /**
   * {@code analyzer} for the stored text snippets are cut from: the text is as written (not
   * normalised like the index's), so full-width letters and half-width katakana are folded while it
   * is read, with offsets that still point into the text as written.
   */
  static Analyzer forSnippets(Analyzer analyzer) {
    return new AnalyzerWrapper(analyzer.getReuseStrategy()) {
      @Override
      protected Analyzer getWrappedAnalyzer(String field) {
        return analyzer;
      }

      @Override
      protected Reader wrapReader(String field, Reader reader) {
        return new CJKWidthCharFilter(reader);
      }
    };
  }

  /** Per-field analysis for indexing and querying, with the given glossary dictionary. */
  static Analyzer perField(UserDictionary dictionary) {
    Analyzer english = english();
    Analyzer whole = japanese(dictionary);
    Analyzer parts = japanese(null);
    return new PerFieldAnalyzerWrapper(
        new StandardAnalyzer(),
        Map.of(
            Fields.EN_TITLE,
            english,
            Fields.EN_TEXT,
            english,
            Fields.JA_TITLE,
            whole,
            Fields.JA_TEXT,
            whole,
            Fields.JP_TITLE,
            parts,
            Fields.JP_TEXT,
            parts,
            Fields.SNIPPET_EN,
            forSnippets(english),
            Fields.SNIPPET_JA,
            forSnippets(parts)));
  }
}
