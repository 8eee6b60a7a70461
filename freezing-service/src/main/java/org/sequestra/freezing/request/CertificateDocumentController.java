package org.sequestra.freezing.request;

import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;

/**
 * The certificate-as-PDF operation of the Requests API. Like {@link TransitionsController}: the
 * generated interface covers the whole tag, so the request controller implements it and hands this
 * operation to the document feature, which depends on this package (and not the other way round).
 */
public interface CertificateDocumentController {

  ResponseEntity<Resource> certificate(UUID requestId);
}
