package org.sequestra.trace.dataset;

import java.util.UUID;

/** Published after an import committed new transactions into a dataset. */
public record DatasetImported(UUID datasetId) {}
