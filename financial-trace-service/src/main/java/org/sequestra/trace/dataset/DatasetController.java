package org.sequestra.trace.dataset;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.paging.PageMetadata;
import org.sequestra.platform.paging.Paging;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.NotFoundException;
import org.sequestra.trace.api.DatasetsApi;
import org.sequestra.trace.api.model.DatasetDto;
import org.sequestra.trace.api.model.DatasetPageDto;
import org.sequestra.trace.api.model.NewDatasetDto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR')")
class DatasetController implements DatasetsApi {

  private static final Logger log = LoggerFactory.getLogger(DatasetController.class);

  private final DatasetRepository datasets;
  private final DatasetMapper mapper;
  private final Clock clock;

  DatasetController(DatasetRepository datasets, DatasetMapper mapper, Clock clock) {
    this.datasets = datasets;
    this.mapper = mapper;
    this.clock = clock;
  }

  @Override
  @PreAuthorize("hasRole('ARO_ANALYST')")
  @Transactional
  public ResponseEntity<DatasetDto> createDataset(NewDatasetDto request) {
    Caller caller = RequestContext.currentCaller();
    Dataset dataset =
        datasets.save(
            new Dataset(
                request.getCaseReference(),
                request.getName(),
                caller.agency(),
                caller.subject(),
                clock.instant()));
    log.info("Dataset {} created for agency {}", dataset.getId(), caller.agency());
    return ResponseEntity.created(URI.create("/api/v1/datasets/" + dataset.getId()))
        .body(mapper.toDto(dataset));
  }

  @Override
  @Transactional(readOnly = true)
  public ResponseEntity<DatasetDto> getDataset(UUID datasetId) {
    return datasets
        .findByIdAndOwningAgency(datasetId, RequestContext.currentCaller().agency())
        .map(mapper::toDto)
        .map(ResponseEntity::ok)
        .orElseThrow(() -> new NotFoundException("Dataset", datasetId));
  }

  @Override
  @Transactional(readOnly = true)
  public ResponseEntity<DatasetPageDto> listDatasets(Integer page, Integer size) {
    Page<Dataset> result =
        datasets.findByOwningAgency(
            RequestContext.currentCaller().agency(),
            Paging.request(page, size, Paging.newestFirst("createdAt")));
    return ResponseEntity.ok(
        new DatasetPageDto(result.map(mapper::toDto).getContent(), PageMetadata.of(result)));
  }
}
