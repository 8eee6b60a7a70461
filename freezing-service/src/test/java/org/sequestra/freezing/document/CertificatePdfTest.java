package org.sequestra.freezing.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sequestra.freezing.certificate.Certificate;
import org.sequestra.freezing.certificate.FreezingCertificate;
import org.sequestra.freezing.certificate.OrderParts.Grounds;
import org.sequestra.freezing.certificate.OrderParts.OffenceCategory;
import org.sequestra.freezing.certificate.Parties.AffectedPerson;
import org.sequestra.freezing.certificate.Parties.AffectedPersonRole;
import org.sequestra.freezing.certificate.Parties.AffectedPersons;
import org.sequestra.freezing.certificate.Parties.Authorities;
import org.sequestra.freezing.certificate.Parties.NaturalPerson;
import org.sequestra.freezing.document.CertificateDocument.DocumentHeader;
import org.sequestra.freezing.support.PdfText;

/**
 * Renders whole certificates to PDF and reads the text back with PDFBox: every section heading of
 * the Annex (spelled here as Regulation (EU) 2018/1805 spells it), in order, and the key values.
 */
class CertificatePdfTest {

  /** Annex I's headings; section A has none in the Annex, its first field follows the letter. */
  static final List<String> ANNEX_I =
      List.of(
          "A. Issuing State",
          "B. Urgency and/or requested date for execution",
          "C. Affected person(s)",
          "D. Information on property to which the order relates",
          "E. Grounds for issuing the freezing order",
          "F. Confidentiality of the order and/or request for specific formalities",
          "G. Where a freezing certificate has been transmitted to more than one executing State,"
              + " provide the following information",
          "H. Relation to an earlier freezing order and/or other order(s) or request(s)",
          "I. Confiscation",
          "J. Alternative measures",
          "K. RESTITUTION OF FROZEN PROPERTY",
          "L. Legal remedies",
          "M. Details of the issuing authority",
          "N. Details of the authority which validated the freezing order",
          "O. Central authority",
          "P. Attachments");

  static final List<String> ANNEX_II =
      List.of(
          "A. Issuing State",
          "B. Confiscation order",
          "C. Affected person(s)",
          "D. Information on property to which the order relates",
          "E. Freezing order",
          "F. Grounds for issuing the confiscation order",
          "G. Where a confiscation certificate has been transmitted to more than one executing"
              + " State, provide the following information",
          "H. Proceedings resulting in the confiscation order",
          "I. Alternative measures, including custodial sanctions",
          "J. Decision to restitute property to, or compensate, the victim",
          "K. Details of the issuing authority",
          "L. Central authority",
          "M. Payment details of the Issuing State",
          "N. Attachments");

  static final String REQUEST_ID = "7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6";

  private static final DocumentHeader HEADER =
      new DocumentHeader(
          REQUEST_ID,
          "TRANSMITTED",
          "NL-ARO (NL)",
          "ES-ARO (ES)",
          "NL-OM/2026/7781",
          "Regulation (EU) 2018/1805, urgent",
          "2026-12-01 09:30 UTC, signed by nl-judge");

  private static final RequestFacts FREEZING = new RequestFacts("NL", "ES", true, true, false);
  private static final RequestFacts CONFISCATION = new RequestFacts("NL", "ES", false, true, true);

  private static byte[] pdf(Certificate certificate, RequestFacts facts) {
    return CertificateDocuments.pdf(Annexes.document(certificate, HEADER, facts));
  }

  @Test
  void aFullFreezingCertificateShowsEverySectionOfAnnexOneInOrderWithItsKeyValues() {
    byte[] pdf = pdf(new Certificate(FullCertificates.freezing(), null), FREEZING);

    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    PdfText text = PdfText.of(pdf);
    assertThat(text.text())
        .contains("ANNEX I — FREEZING CERTIFICATE")
        .containsSubsequence(ANNEX_I)
        .doesNotContain("Not applicable", "Not filled in")
        .contains(
            "Issuing authority " + FullCertificates.ISSUING_AUTHORITY,
            "Name of the authority " + FullCertificates.ISSUING_AUTHORITY,
            "Issuing State NL",
            "Executing State ES",
            "LAND_REGISTRY: " + FullCertificates.VILLA_REGISTRY,
            "IBAN: " + FullCertificates.ACCOUNT_IBAN,
            "HIN: " + FullCertificates.YACHT_HIN,
            FullCertificates.VILLA.toString(),
            "850000.00 EUR",
            "120500.75 EUR",
            "The amount for execution in the executing State 1250000.00 EUR",
            "The total amount covered by the order 2400000.00 EUR",
            "5. illicit trafficking in narcotic drugs and psychotropic substances",
            "9. laundering of the proceeds of crime",
            "Jansen",
            "Costa Villas SL",
            "person against whom the freezing order is directed",
            "Rechtbank Rotterdam",
            "RC-2026-991",
            "2027-06-30",
            "Yes, the outcome will be communicated to the executing authority");
  }

  @Test
  void aFullConfiscationCertificateShowsEverySectionOfAnnexTwoInOrderWithItsKeyValues() {
    byte[] pdf = pdf(new Certificate(null, FullCertificates.confiscation()), CONFISCATION);

    PdfText text = PdfText.of(pdf);
    assertThat(text.text())
        .contains("ANNEX II — CONFISCATION CERTIFICATE")
        .containsSubsequence(ANNEX_II)
        .doesNotContain("Not applicable", "Not filled in", "FREEZING CERTIFICATE")
        .contains(
            "Issuing authority " + FullCertificates.ISSUING_AUTHORITY,
            "LAND_REGISTRY: " + FullCertificates.VILLA_REGISTRY,
            "IBAN: " + FullCertificates.ACCOUNT_IBAN,
            "850000.00 EUR",
            "9. laundering of the proceeds of crime",
            "is the proceeds of a criminal offence",
            "1. Court which issued the confiscation order (official name) Rechtbank Rotterdam",
            "4. The confiscation order became final on 2027-06-20",
            "2. No, the person did not appear in person at the trial",
            "4.2. being aware of the scheduled trial",
            "25000.00 EUR",
            "IBAN NL91ABNA0417164300",
            "BIC ABNANL2A",
            "person against whom the confiscation order is directed");
  }

  @Test
  void everyPageCarriesTheRequestItsStatusTheAgenciesAndItsNumber() {
    byte[] pdf = pdf(new Certificate(FullCertificates.freezing(), null), FREEZING);

    int pages = PdfText.of(pdf).pages();
    assertThat(pages).isGreaterThan(1);
    for (int page = 1; page <= pages; page++) {
      assertThat(PdfText.page(pdf, page))
          .contains(
              "Request " + REQUEST_ID,
              "Status TRANSMITTED",
              "Issuing agency NL-ARO (NL)",
              "Executing agency ES-ARO (ES)",
              "Page " + page + " of " + pages);
    }
  }

  @Test
  void emptySectionsAreNotApplicableOrWhereTheAnnexRequiresThemNotFilledIn() {
    FreezingCertificate draft =
        new FreezingCertificate(
            new Authorities(FullCertificates.ISSUING_AUTHORITY, null, null),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    String text = PdfText.of(pdf(new Certificate(draft, null), FREEZING)).text();

    assertThat(text)
        .containsSubsequence(ANNEX_I)
        .contains(
            "B. Urgency and/or requested date for execution Not filled in",
            "C. Affected person(s) Not filled in",
            "F. Confidentiality of the order and/or request for specific formalities Not"
                + " applicable.",
            "O. Central authority Not applicable.",
            "P. Attachments Not applicable.");
    // a validating authority is needed only where the issuing one is not a judge, court or
    // prosecutor; an ordinary freezing request states no urgency
    String notUrgent =
        PdfText.of(
                pdf(new Certificate(draft, null), new RequestFacts("NL", "ES", false, true, false)))
            .text();
    assertThat(notUrgent)
        .contains("B. Urgency and/or requested date for execution Not applicable.")
        .contains("N. Details of the authority which validated the freezing order Not applicable.");
  }

  @Test
  void markupInTheCertificatesTextIsPrintedAsTextAndGreekAndCyrillicAsWritten() {
    String authority = "Smith & Partners <Legal> \"R&D\" ]]> </td></tr></table> &amp;";
    FreezingCertificate certificate =
        new FreezingCertificate(
            new Authorities(authority, null, null),
            null,
            new AffectedPersons(
                List.of(
                    new AffectedPerson(
                        AffectedPersonRole.TARGET,
                        new NaturalPerson(
                            "Иванов",
                            "Παπαδόπουλος",
                            null,
                            "<script>alert(1)</script>",
                            null,
                            "BG",
                            null,
                            null,
                            null,
                            null,
                            "line one\nline two",
                            null),
                        null,
                        null)),
                null,
                null),
            null,
            new Grounds(
                "a < b && c > d", null, null, null, true, List.of(OffenceCategory.FRAUD), null),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    String text = PdfText.of(pdf(new Certificate(certificate, null), FREEZING)).text();

    assertThat(text)
        .contains("Issuing authority " + authority)
        .contains("Name Иванов", "First name(s) Παπαδόπουλος")
        .contains("Aliases <script>alert(1)</script>")
        .contains("line one line two")
        .contains("a < b && c > d")
        .contains("8. fraud, including fraud and other criminal offences affecting the Union's");
  }
}
