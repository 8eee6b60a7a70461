package org.sequestra.freezing.request;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.sequestra.freezing.lifecycle.RequestStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FreezingRequestRepository extends JpaRepository<FreezingRequest, UUID> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from FreezingRequest r where r.id = :id")
  Optional<FreezingRequest> findLocked(@Param("id") UUID id);

  /** Issued by the agency, or transmitted to it; {@code status} null means any. */
  @Query(
      """
      select r from FreezingRequest r
      where ((:issuing = true and r.issuingAgency = :agency)
          or (:executing = true and r.executingAgency = :agency and r.transmittedAt is not null))
        and (:status is null or r.status = :status)
      """)
  Page<FreezingRequest> findVisible(
      @Param("agency") String agency,
      @Param("issuing") boolean issuing,
      @Param("executing") boolean executing,
      @Param("status") RequestStatus status,
      Pageable pageable);

  /**
   * The requests whose open deadline, the agency's to meet as executing side, ended before {@code
   * now}: one range of the partial index on (executing_agency, open_deadline_due_at desc).
   */
  @Query(
      """
      select r from FreezingRequest r
      where r.executingAgency = :agency
        and r.openDeadlineDueAt is not null
        and r.openDeadlineDueAt < :now
      """)
  Page<FreezingRequest> findOverdue(
      @Param("agency") String agency, @Param("now") Instant now, Pageable pageable);

  /** Visible to the agency (as {@link #findVisible}) and carrying the reference or the case id. */
  @Query(
      """
      select r from FreezingRequest r
      where (r.issuingAgency = :agency
          or (r.executingAgency = :agency and r.transmittedAt is not null))
        and (r.issuingReference = :reference or r.caseId = :caseId)
      """)
  Page<FreezingRequest> findVisibleByReference(
      @Param("agency") String agency,
      @Param("reference") String reference,
      @Param("caseId") UUID caseId,
      Pageable pageable);

  /** Visible to the agency and naming the identifier in its certificate (the V55 side table). */
  @Query(
      value =
          """
          select r.* from freezing_request r
          where (r.issuing_agency = :agency
              or (r.executing_agency = :agency and r.transmitted_at is not null))
            and r.id in (select i.request_id from request_identifier i
                         where i.identifier_type = :type and i.identifier_key = :key)
          """,
      countQuery =
          """
          select count(*) from freezing_request r
          where (r.issuing_agency = :agency
              or (r.executing_agency = :agency and r.transmitted_at is not null))
            and r.id in (select i.request_id from request_identifier i
                         where i.identifier_type = :type and i.identifier_key = :key)
          """,
      nativeQuery = true)
  Page<FreezingRequest> findVisibleByIdentifier(
      @Param("agency") String agency,
      @Param("type") String type,
      @Param("key") String key,
      Pageable pageable);
}
