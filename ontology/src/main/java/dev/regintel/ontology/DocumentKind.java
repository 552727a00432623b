package dev.regintel.ontology;

/**
 * What sort of publication a document is ({@code Document.kind}). The seed schema has exactly these
 * values; a crawled document must have one of them.
 */
public enum DocumentKind {
  /** An act of a legislature, e.g. the UK PSTI Act 2022, the California Consumer Privacy Act. */
  LAW,
  /** A binding regulation, e.g. the EU Cyber Resilience Act, a UK statutory instrument. */
  REGULATION,
  /** An EU Directive, binding through national transposition. */
  DIRECTIVE,
  /** An implementing or delegated act made under a law, e.g. an EU implementing regulation. */
  IMPLEMENTING_ACT,
  /** A standard of a standards body, e.g. ETSI EN 303 645, ISO/IEC 27001. */
  STANDARD,
  /** A technical specification, e.g. ETSI TS 103 645, ISO/IEC TS 27100. */
  TECHNICAL_SPECIFICATION,
  /** A technical report of a standards body, e.g. an ETSI TR or ISO/IEC TR. */
  TECHNICAL_REPORT,
  /** Guidance or good practice from an agency, e.g. ENISA's baseline security for IoT. */
  GUIDANCE,
  /** A voluntary code of practice, e.g. the UK Code of Practice for Consumer IoT Security. */
  CODE_OF_PRACTICE,
  /**
   * A framework of outcomes or services, e.g. the NIST Cybersecurity Framework, FIRST's PSIRT
   * Services Framework.
   */
  FRAMEWORK,
  /** A report, study or analysis that obliges nothing. */
  REPORT,
  /** A white paper or discussion paper. */
  WHITE_PAPER,
  /** A public consultation, call for views or request for comments. */
  CONSULTATION,
  /** A case study. */
  CASE_STUDY,
  /** A press release or news item. */
  PRESS_RELEASE,
  /** An event: a meeting, workshop or conference, as its publisher announced it. */
  EVENT,
  /** A bill or legislative proposal, e.g. California SB-327, the Commission's NIS 2 proposal. */
  BILL,
  /** A labelling or certification scheme, e.g. Japan's JC-STAR. */
  LABELLING_SCHEME,
  /** A catalogue of controls, e.g. NIST SP 800-53. */
  CATALOG
}
