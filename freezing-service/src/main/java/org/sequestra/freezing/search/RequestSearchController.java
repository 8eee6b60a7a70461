package org.sequestra.freezing.search;

import java.util.UUID;
import org.sequestra.freezing.api.RequestSearchApi;
import org.sequestra.freezing.api.model.FreezingRequestPageDto;
import org.sequestra.freezing.request.FreezingRequest;
import org.sequestra.freezing.request.RequestMapper;
import org.sequestra.freezing.request.RequestViews;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.paging.PageMetadata;
import org.sequestra.platform.paging.Paging;
import org.sequestra.platform.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search has its own tag (and generated interface), so the Requests interface and its
 * controller stay as they are; the answer is the request as {@link RequestViews} builds it.
 */
@RestController
class RequestSearchController implements RequestSearchApi {

  // the identifier search is native SQL: sort by the column
  private static final Sort NEWEST_FIRST = Paging.newestFirst("created_at");

  private final RequestSearches searches;
  private final RequestViews views;
  private final RequestMapper mapper;

  RequestSearchController(RequestSearches searches, RequestViews views, RequestMapper mapper) {
    this.searches = searches;
    this.views = views;
    this.mapper = mapper;
  }

  @Override
  @PreAuthorize(
      "hasAnyRole('PROSECUTOR', 'ARO_ANALYST', 'ARO_SUPERVISOR', 'ISSUING_AUTHORITY',"
          + " 'EXECUTING_AUTHORITY')")
  public ResponseEntity<FreezingRequestPageDto> searchFreezingRequests(
      String purpose,
      String caseReference,
      UUID requestId,
      String identifierType,
      String identifier,
      Integer page,
      Integer size) {
    Caller caller = RequestContext.currentCaller();
    boolean nativeQuery = identifierType != null || identifier != null;
    Page<FreezingRequest> found =
        searches.search(
            caller,
            new RequestSearches.Search(
                caseReference, requestId, identifierType, identifier, purpose),
            Paging.request(
                page, size, nativeQuery ? NEWEST_FIRST : Paging.newestFirst("createdAt")));
    return ResponseEntity.ok(
        new FreezingRequestPageDto(
            found.map(request -> mapper.toDto(views.of(caller, request))).getContent(),
            PageMetadata.of(found)));
  }
}
