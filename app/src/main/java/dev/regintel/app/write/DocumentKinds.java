package dev.regintel.app.write;

import java.util.Set;

/** The document kinds of the seed schema; a written document must have one of them. */
final class DocumentKinds {

  static final Set<String> ALL =
      Set.of(
          "LAW",
          "REGULATION",
          "DIRECTIVE",
          "IMPLEMENTING_ACT",
          "STANDARD",
          "TECHNICAL_SPECIFICATION",
          "TECHNICAL_REPORT",
          "GUIDANCE",
          "CODE_OF_PRACTICE",
          "FRAMEWORK",
          "REPORT",
          "WHITE_PAPER",
          "CONSULTATION",
          "CASE_STUDY",
          "PRESS_RELEASE",
          "EVENT",
          "BILL",
          "LABELLING_SCHEME",
          "CATALOG");

  private DocumentKinds() {}
}
