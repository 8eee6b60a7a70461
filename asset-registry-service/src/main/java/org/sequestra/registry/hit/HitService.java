package org.sequestra.registry.hit;

import java.time.Clock;
import java.util.UUID;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.paging.Paging;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.NotFoundException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists and acknowledges the hit notifications of the caller's agency. */
@Service
@EnableConfigurationProperties(ContactPoints.class)
class HitService {

  private final HitRepository hits;
  private final AuditTrail audit;
  private final Clock clock;

  HitService(HitRepository hits, AuditTrail audit, Clock clock) {
    this.hits = hits;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  Page<Hit> list(Caller caller, Boolean acknowledged, Integer page, Integer size) {
    Pageable newestFirst = Paging.request(page, size, Paging.newestFirst("detectedAt"));
    if (acknowledged == null) {
      return hits.findByRecipientAgency(caller.agency(), newestFirst);
    }
    return acknowledged
        ? hits.findByRecipientAgencyAndAcknowledgedAtIsNotNull(caller.agency(), newestFirst)
        : hits.findByRecipientAgencyAndAcknowledgedAtIsNull(caller.agency(), newestFirst);
  }

  @Transactional
  Hit acknowledge(Caller caller, UUID hitId) {
    Hit hit =
        hits.findByIdAndRecipientAgency(hitId, caller.agency())
            .orElseThrow(() -> new NotFoundException("Hit", hitId));
    hit.acknowledge(caller.subject(), clock.instant());
    audit.record(caller, "hit.acknowledge", "hit", hitId);
    return hit;
  }
}
