package org.sequestra.freezing.request;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RequestDelayNoticeRepository extends JpaRepository<RequestDelayNotice, UUID> {

  List<RequestDelayNotice> findByRequestIdOrderByRecordedAtAscIdAsc(UUID requestId);

  List<RequestDelayNotice> findByRequestIdIn(Collection<UUID> requestIds);
}
