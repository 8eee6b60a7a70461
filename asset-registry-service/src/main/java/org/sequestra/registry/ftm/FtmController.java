package org.sequestra.registry.ftm;

import java.util.UUID;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.registry.api.InteropApi;
import org.sequestra.registry.api.model.FtmImportReportDto;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FtmController implements InteropApi {

  static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

  private final FtmExport export;
  private final FtmImport imports;
  private final FtmMapper mapper;

  FtmController(FtmExport export, FtmImport imports, FtmMapper mapper) {
    this.export = export;
    this.imports = imports;
    this.mapper = mapper;
  }

  @Override
  @PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR')")
  public ResponseEntity<String> exportCaseFtm(UUID caseId) {
    return ResponseEntity.ok()
        .contentType(NDJSON)
        .body(export.export(RequestContext.currentCaller(), caseId));
  }

  @Override
  @PreAuthorize("hasRole('ARO_ANALYST')")
  public ResponseEntity<FtmImportReportDto> importCaseFtm(UUID caseId, String body) {
    return ResponseEntity.ok(
        mapper.toDto(imports.run(RequestContext.currentCaller(), caseId, body)));
  }
}
