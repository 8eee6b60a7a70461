package org.sequestra.trace.dataset;

import java.util.UUID;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access rule for everything that hangs off a dataset (imports, transactions): the caller's
 * agency must own it; any other dataset answers 404.
 */
@Component
public class DatasetAccess {

  private final DatasetRepository datasets;

  DatasetAccess(DatasetRepository datasets) {
    this.datasets = datasets;
  }

  /**
   * @throws NotFoundException when the dataset does not exist or belongs to another agency
   */
  @Transactional(readOnly = true)
  public void requireVisible(UUID datasetId) {
    if (!datasets.existsByIdAndOwningAgency(datasetId, RequestContext.currentCaller().agency())) {
      throw new NotFoundException("Dataset", datasetId);
    }
  }

  /**
   * The access check of a request that works on the dataset's graph, and the dataset's graph
   * version in the same look-up: what a cached graph must have been loaded at to be current (see
   * {@code GraphCache#graphOf(UUID, long)}).
   *
   * @throws NotFoundException when the dataset does not exist or belongs to another agency
   */
  @Transactional(readOnly = true)
  public long requireVisibleGraphVersion(UUID datasetId) {
    return datasets
        .findGraphVersion(datasetId, RequestContext.currentCaller().agency())
        .orElseThrow(() -> new NotFoundException("Dataset", datasetId));
  }
}
