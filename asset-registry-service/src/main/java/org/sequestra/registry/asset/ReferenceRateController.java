package org.sequestra.registry.asset;

import java.io.IOException;
import java.io.InputStream;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.web.InvalidRequestException;
import org.sequestra.registry.api.ReferenceRatesApi;
import org.sequestra.registry.api.model.ReferenceRateImportReportDto;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/** Loading the ECB reference rates is a platform administrator's job. */
@RestController
class ReferenceRateController implements ReferenceRatesApi {

  private final ReferenceRateImport imports;

  ReferenceRateController(ReferenceRateImport imports) {
    this.imports = imports;
  }

  @Override
  @PreAuthorize("hasRole('PLATFORM_ADMIN')")
  public ResponseEntity<ReferenceRateImportReportDto> importReferenceRates(
      Resource body, String fileName) {
    byte[] file = bytes(body);
    ReferenceRateImport.Report report =
        imports.load(
            file,
            "ECB file " + (fileName == null ? "upload" : fileName),
            AuditEvent.by(
                RequestContext.currentCaller(), "reference-rates.import", "reference-rates", null));
    return ResponseEntity.ok(
        new ReferenceRateImportReportDto(
            report.source(), report.days(), report.rates(), report.skippedCurrencies()));
  }

  private static byte[] bytes(Resource body) {
    if (body == null) {
      throw new InvalidRequestException("body", "is required: the ECB file");
    }
    try (InputStream in = body.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new InvalidRequestException("body", "could not be read");
    }
  }
}
