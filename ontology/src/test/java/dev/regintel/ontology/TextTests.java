package dev.regintel.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextTests {

  @Test
  void whiteSpaceIsUnicodesWhiteSpaceProperty() {
    Pattern whiteSpace = Pattern.compile("\\p{IsWhite_Space}");
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      boolean unicode = whiteSpace.matcher(Character.toString(c)).matches();
      assertThat(Text.isWhiteSpace(c)).as("U+%04X", c).isEqualTo(unicode);
    }
  }

  @Test
  void runsBecomeOneSpaceAndTheEndsAreRemoved() {
    assertThat(Text.collapse("  Article\t21 \r\n (2)\u2009(d)\n")).isEqualTo("Article 21 (2) (d)");
  }

  @Test
  void noBreakSpacesAreSpaces() {
    assertThat(Text.collapse("\u00a0Section\u00a0\u00a01798.91.04 \u202fa"))
        .isEqualTo("Section 1798.91.04 a");
  }

  @Test
  void zeroWidthCharactersAreNotWhiteSpace() {
    assertThat(Text.collapse("a\u200bb \ufeff")).isEqualTo("a\u200bb \ufeff");
  }

  @Test
  void anIdeographicSpaceIsKeptInsideAndRemovedAtTheEnds() {
    assertThat(Text.collapse("\u3000第一条\u3000\u3000目的\u3000")).isEqualTo("第一条\u3000目的");
    // The line break and indentation around it are source layout; the ideographic space is text.
    assertThat(Text.collapse("する。\n\u3000第二条")).isEqualTo("する。\u3000第二条");
  }

  @Test
  void aLineWrappedInsideJapaneseTextIsJoinedWithoutASpace() {
    assertThat(Text.collapse("脆弱性\n  開示")).isEqualTo("脆弱性開示");
    assertThat(Text.collapse("パスワード、\r\nＩｏＴ機器")).isEqualTo("パスワード、ＩｏＴ機器");
  }

  @Test
  void aSpaceTypedBetweenJapaneseWordsOrALineBreakNextToLatinTextStays() {
    assertThat(Text.collapse("IoT機器 セキュリティ")).isEqualTo("IoT機器 セキュリティ");
    assertThat(Text.collapse("機器\nIoT")).isEqualTo("機器 IoT");
    assertThat(Text.collapse("보안\n취약점")).isEqualTo("보안 취약점");
  }

  @Test
  void nullAndBlankText() {
    assertThat(Text.collapse(null)).isNull();
    assertThat(Text.collapse(" \n\u3000")).isEmpty();
    assertThat(Text.collapse("")).isEmpty();
  }

  @Test
  void japaneseTextLosesTheSpacesOfWrappedLinesBetweenJapaneseCharacters() {
    assertThat(Text.japanese("製造者は 脆弱性の 開示方針を 公表する。")).isEqualTo("製造者は脆弱性の開示方針を公表する。");
    assertThat(Text.japanese("セキュリティ・アップデート を 提供する")).isEqualTo("セキュリティ・アップデートを提供する");
    assertThat(Text.japanese("（注） 初期パスワード")).isEqualTo("（注）初期パスワード");
  }

  @Test
  void japaneseTextKeepsSpacesNextToLatinTextAndIdeographicSpaces() {
    assertThat(Text.japanese("ETSI EN 303 645 の 5.1-1 に 対応"))
        .isEqualTo("ETSI EN 303 645 の 5.1-1 に対応");
    assertThat(Text.japanese("第一条　目的")).isEqualTo("第一条　目的");
    assertThat(Text.japanese(null)).isNull();
  }
}
