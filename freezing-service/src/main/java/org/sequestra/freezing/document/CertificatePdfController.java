package org.sequestra.freezing.document;

import java.util.UUID;
import org.sequestra.freezing.request.CertificateDocumentController;
import org.sequestra.platform.context.RequestContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** GET .../{requestId}/certificate (roles are checked by the request controller). */
@Component
class CertificatePdfController implements CertificateDocumentController {

  private final CertificateDocuments documents;

  CertificatePdfController(CertificateDocuments documents) {
    this.documents = documents;
  }

  @Override
  public ResponseEntity<Resource> certificate(UUID requestId) {
    CertificateDocument document = documents.read(RequestContext.currentCaller(), requestId);
    byte[] pdf = CertificateDocuments.pdf(document);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(CertificateDocuments.fileName(requestId))
                .build()
                .toString())
        // a certificate is confidential: no shared cache keeps a copy
        .cacheControl(CacheControl.noStore())
        .body(new ByteArrayResource(pdf));
  }
}
