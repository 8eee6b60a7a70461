package org.sequestra.trace.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.UUID;
import org.sequestra.platform.identifier.IdentifierType;
import org.sequestra.platform.identifier.Identifiers;
import org.sequestra.platform.identifier.ValidationResult;
import org.sequestra.platform.paging.PageMetadata;
import org.sequestra.platform.paging.Paging;
import org.sequestra.platform.web.InvalidRequestException;
import org.sequestra.platform.web.NotFoundException;
import org.sequestra.trace.api.ImportsApi;
import org.sequestra.trace.api.model.ImportDto;
import org.sequestra.trace.api.model.ImportFormatDto;
import org.sequestra.trace.api.model.RejectionPageDto;
import org.sequestra.trace.dataset.DatasetAccess;
import org.sequestra.trace.importing.statement.StatementFormat;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR')")
class ImportController implements ImportsApi {

  /** ISO 4217 "no currency": the simulator formats name none. */
  private static final String NO_CURRENCY = "XXX";

  private final DatasetAccess access;
  private final ImportService imports;
  private final ImportJobRepository jobs;
  private final RejectionQueries rejections;
  private final ImportMapper mapper;

  ImportController(
      DatasetAccess access,
      ImportService imports,
      ImportJobRepository jobs,
      RejectionQueries rejections,
      ImportMapper mapper) {
    this.access = access;
    this.imports = imports;
    this.jobs = jobs;
    this.rejections = rejections;
    this.mapper = mapper;
  }

  @Override
  @PreAuthorize("hasRole('ARO_ANALYST')")
  public ResponseEntity<ImportDto> startImport(
      UUID datasetId,
      ImportFormatDto format,
      InputStreamResource body,
      String charset,
      String currency) {
    access.requireVisible(datasetId);
    ImportOptions options = new ImportOptions(Charset.forName(charset), currency(currency));
    ImportJob job;
    try {
      job =
          imports.start(
              datasetId, StatementFormat.valueOf(format.name()), options, body.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the upload", e);
    }
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/datasets/" + datasetId + "/imports/" + job.getId()))
        .body(mapper.toDto(job));
  }

  @Override
  @Transactional(readOnly = true)
  public ResponseEntity<ImportDto> getImport(UUID datasetId, UUID importId) {
    return ResponseEntity.ok(mapper.toDto(visibleJob(datasetId, importId)));
  }

  @Override
  @Transactional(readOnly = true)
  public ResponseEntity<RejectionPageDto> listImportRejections(
      UUID datasetId, UUID importId, Integer page, Integer size) {
    visibleJob(datasetId, importId);
    int number = Paging.page(page);
    int count = Paging.size(size);
    long total = rejections.count(importId);
    return ResponseEntity.ok(
        new RejectionPageDto(
            rejections.page(importId, number, count).stream().map(mapper::toDto).toList(),
            PageMetadata.of(number, count, total)));
  }

  private ImportJob visibleJob(UUID datasetId, UUID importId) {
    access.requireVisible(datasetId);
    return jobs.findByIdAndDatasetId(importId, datasetId)
        .orElseThrow(() -> new NotFoundException("Import", importId));
  }

  private static String currency(String currency) {
    if (currency == null) {
      return NO_CURRENCY;
    }
    ValidationResult result = Identifiers.validate(IdentifierType.CURRENCY_CODE, currency);
    if (!result.valid()) {
      throw new InvalidRequestException("currency", result.reason());
    }
    return result.normalised();
  }
}
