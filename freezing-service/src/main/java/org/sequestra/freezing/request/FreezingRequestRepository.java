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
}
