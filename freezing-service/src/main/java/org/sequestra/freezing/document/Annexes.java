package org.sequestra.freezing.document;

import org.sequestra.freezing.certificate.Certificate;
import org.sequestra.freezing.certificate.ConfiscationCertificate;
import org.sequestra.freezing.certificate.FreezingCertificate;
import org.sequestra.freezing.document.CertificateDocument.DocumentHeader;

/** Picks the Annex of the request's kind and lays the certificate out by it. */
final class Annexes {

  private Annexes() {}

  static CertificateDocument document(
      Certificate certificate, DocumentHeader header, RequestFacts request) {
    if (request.confiscation()) {
      ConfiscationCertificate annexTwo =
          certificate.confiscationCertificate() != null
              ? certificate.confiscationCertificate()
              : new ConfiscationCertificate(
                  null, null, null, null, null, null, null, null, null, null, null, null, null,
                  null);
      return new CertificateDocument(
          AnnexTwoLayout.TITLE, header, AnnexTwoLayout.sections(annexTwo, request));
    }
    // a draft may not have its certificate yet: the form is then all blank
    FreezingCertificate annexOne =
        certificate.freezingCertificate() != null
            ? certificate.freezingCertificate()
            : new FreezingCertificate(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    return new CertificateDocument(
        AnnexOneLayout.TITLE, header, AnnexOneLayout.sections(annexOne, request));
  }
}
