package org.sequestra.trace.transaction;

import java.util.UUID;
import org.sequestra.platform.paging.PageMetadata;
import org.sequestra.platform.paging.Paging;
import org.sequestra.trace.api.TransactionsApi;
import org.sequestra.trace.api.model.TransactionPageDto;
import org.sequestra.trace.dataset.DatasetAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR')")
class TransactionController implements TransactionsApi {

  private final DatasetAccess access;
  private final TransactionQueries transactions;
  private final TransactionMapper mapper;

  TransactionController(
      DatasetAccess access, TransactionQueries transactions, TransactionMapper mapper) {
    this.access = access;
    this.transactions = transactions;
    this.mapper = mapper;
  }

  @Override
  @Transactional(readOnly = true)
  public ResponseEntity<TransactionPageDto> listTransactions(
      UUID datasetId, Integer page, Integer size) {
    access.requireVisible(datasetId);
    int number = Paging.page(page);
    int count = Paging.size(size);
    long total = transactions.count(datasetId);
    return ResponseEntity.ok(
        new TransactionPageDto(
            transactions.page(datasetId, number, count).stream().map(mapper::toDto).toList(),
            PageMetadata.of(number, count, total)));
  }
}
