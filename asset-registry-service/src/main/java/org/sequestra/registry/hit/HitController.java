package org.sequestra.registry.hit;

import java.util.UUID;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.paging.PageMetadata;
import org.sequestra.registry.api.HitsApi;
import org.sequestra.registry.api.model.HitDto;
import org.sequestra.registry.api.model.HitPageDto;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class HitController implements HitsApi {

  private final HitService hits;
  private final HitMapper mapper;
  private final ContactPoints contactPoints;

  HitController(HitService hits, HitMapper mapper, ContactPoints contactPoints) {
    this.hits = hits;
    this.mapper = mapper;
    this.contactPoints = contactPoints;
  }

  @Override
  @PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR')")
  public ResponseEntity<HitPageDto> listHits(Boolean acknowledged, Integer page, Integer size) {
    Page<Hit> result = hits.list(RequestContext.currentCaller(), acknowledged, page, size);
    return ResponseEntity.ok(
        new HitPageDto(
            result.map(hit -> mapper.toDto(hit, contactPoints)).getContent(),
            PageMetadata.of(result)));
  }

  @Override
  @PreAuthorize("hasRole('ARO_ANALYST')")
  public ResponseEntity<HitDto> acknowledgeHit(UUID hitId) {
    return ResponseEntity.ok(
        mapper.toDto(hits.acknowledge(RequestContext.currentCaller(), hitId), contactPoints));
  }
}
