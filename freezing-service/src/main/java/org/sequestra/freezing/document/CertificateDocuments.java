package org.sequestra.freezing.document;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.sequestra.freezing.document.CertificateDocument.DocumentHeader;
import org.sequestra.freezing.lifecycle.LegalInstrument;
import org.sequestra.freezing.lifecycle.RequestKind;
import org.sequestra.freezing.request.FreezingRequest;
import org.sequestra.freezing.request.RequestAccess;
import org.sequestra.freezing.request.RequestDocuments;
import org.sequestra.freezing.snapshot.AssetSnapshots;
import org.sequestra.freezing.snapshot.domain.AssetSnapshot;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certificate of a request as a document, for whoever may read the request (its issuing agency,
 * its executing agency once transmitted; anyone else gets 404). A download is a read of the request
 * and is audited as one, with the document named in the detail. The PDF is rendered after the
 * transaction, so no database connection waits for the layout.
 */
@Service
class CertificateDocuments {

  private static final DateTimeFormatter ISSUED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final RequestAccess access;
  private final RequestDocuments documents;
  private final AuditTrail audit;
  private final AssetSnapshots snapshots;

  CertificateDocuments(
      RequestAccess access,
      RequestDocuments documents,
      AuditTrail audit,
      AssetSnapshots snapshots) {
    this.access = access;
    this.documents = documents;
    this.audit = audit;
    this.snapshots = snapshots;
  }

  @Transactional
  CertificateDocument read(Caller caller, UUID requestId) {
    FreezingRequest request = access.readable(caller, requestId);
    audit.record(
        AuditEvent.by(caller, "request.read", "freezing-request", requestId)
            .onObjectOf(request.getIssuingAgency())
            .withDetail("certificate as PDF"));
    return Annexes.document(
        documents.certificate(request),
        header(request),
        facts(request, snapshots.of(request.getId())));
  }

  static byte[] pdf(CertificateDocument document) {
    return PdfRenderer.render(XhtmlTemplate.render(document));
  }

  static String fileName(UUID requestId) {
    return "certificate-" + requestId + ".pdf";
  }

  private static DocumentHeader header(FreezingRequest request) {
    String issued =
        request.getIssuedAt() == null
            ? null
            : ISSUED.format(request.getIssuedAt())
                + (request.getSignedBy() == null ? "" : ", signed by " + request.getSignedBy());
    String instrument =
        request.getInstrument() == LegalInstrument.MLA
            ? "Mutual legal assistance" + channel(request) + agreement(request)
            : "Regulation (EU) 2018/1805" + (request.isUrgent() ? ", urgent" : "");
    return new DocumentHeader(
        request.getId().toString(),
        request.getStatus().name(),
        agency(request.getIssuingAgency(), request.getIssuingCountry()),
        agency(request.getExecutingAgency(), request.getExecutingCountry()),
        request.getIssuingReference(),
        instrument,
        issued);
  }

  private static String channel(FreezingRequest request) {
    return request.getMlaChannel() == null ? "" : " via " + request.getMlaChannel();
  }

  private static String agreement(FreezingRequest request) {
    return request.getMlaAgreementBasis() == null
        ? ""
        : ", under " + request.getMlaAgreementBasis();
  }

  private static String agency(String agency, String country) {
    return country == null ? agency : agency + " (" + country + ")";
  }

  private static RequestFacts facts(FreezingRequest request, List<AssetSnapshot> snapshots) {
    return new RequestFacts(
        request.getIssuingCountry(),
        request.getExecutingCountry(),
        request.isUrgent(),
        request.getInstrument() == LegalInstrument.REGULATION_2018_1805,
        request.getKind() == RequestKind.CONFISCATION,
        RequestFacts.byAsset(snapshots));
  }
}
