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
}
