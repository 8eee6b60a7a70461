package org.sequestra.freezing.document;

import java.util.List;

/**
 * A certificate as the document an authority signs: the request it belongs to, then the sections of
 * its Annex in order. Text only; laying it out on pages is the template's job.
 *
 * @param title the Annex and the certificate's name, e.g. {@code ANNEX I — FREEZING CERTIFICATE}
 */
record CertificateDocument(String title, DocumentHeader header, List<Section> sections) {

  CertificateDocument {
    sections = List.copyOf(sections);
  }

  /** What every page repeats: which request this is, where it stands, between whom. */
  record DocumentHeader(
      String requestId,
      String status,
      String issuingAgency,
      String executingAgency,
      String issuingReference,
      String instrument,
      String issued) {}

  /**
   * One section of the Annex.
   *
   * @param letter the Annex's letter, e.g. {@code B}
   * @param heading the Annex's heading of the section; empty where the Annex has none (section A)
   * @param lines what was filled in, in the Annex's order; empty when nothing was
   * @param whenEmpty what the document says when nothing was filled in
   * @param signed the Annex has the authority of this section sign it: the document leaves room
   */
  record Section(String letter, String heading, List<Line> lines, Blank whenEmpty, boolean signed) {

    Section {
      lines = List.copyOf(lines);
    }

    /** The heading as the Annex numbers it, e.g. {@code B. Urgency and/or ...}. */
    String title() {
      return heading.isEmpty() ? letter + "." : letter + ". " + heading;
    }
  }

  /** An empty section: optional, so not applicable; or one the Annex asks for, not yet filled. */
  enum Blank {
    NOT_APPLICABLE("Not applicable."),
    NOT_FILLED_IN(
        "Not filled in (the Annex requires this section before the certificate is issued).");

    private final String text;

    Blank(String text) {
      this.text = text;
    }

    String text() {
      return text;
    }
  }

  /** A line of a section. */
  sealed interface Line permits Field, Subheading {}

  /** A filled field with its label, e.g. {@code Date of birth: 1979-04-02}. */
  record Field(String label, String value) implements Line {}

  /** A group within a section, e.g. one affected person or one item of property. */
  record Subheading(String text) implements Line {}
}
