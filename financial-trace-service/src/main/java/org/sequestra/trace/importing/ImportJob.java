package org.sequestra.trace.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.sequestra.trace.importing.statement.StatementFormat;

/**
 * One uploaded file and its import. Created here; progress and outcome are written by {@link
 * ImportRunner} with plain SQL (its own transaction must not touch this entity).
 */
@Entity
@Table(name = "import_job")
class ImportJob {

  @Id private UUID id;

  @Column(name = "dataset_id")
  private UUID datasetId;

  @Enumerated(EnumType.STRING)
  private StatementFormat format;

  @Enumerated(EnumType.STRING)
  private ImportState state;

  @Column(name = "size_bytes")
  private long sizeBytes;

  private String charset;

  private String currency;

  @Column(name = "rows_done")
  private long rowsDone;

  @Column(name = "rows_total")
  private Long rowsTotal;

  private long imported;

  @Column(name = "duplicates_skipped")
  private long duplicatesSkipped;

  private long rejected;

  private long flagged;

  @Column(name = "failure_reason")
  private String failureReason;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  /** The replica that queued or runs the job (ImportLeases); not part of the API. */
  @Column(name = "lease_owner")
  private String leaseOwner;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  private int attempts;

  protected ImportJob() {}

  ImportJob(
      UUID id,
      UUID datasetId,
      StatementFormat format,
      ImportOptions options,
      long sizeBytes,
      String createdBy,
      Instant createdAt,
      ImportInstance owner,
      Instant leaseUntil) {
    this.id = id;
    this.datasetId = datasetId;
    this.format = format;
    this.charset = options.charset().name();
    this.currency = options.currency();
    this.state = ImportState.QUEUED;
    this.sizeBytes = sizeBytes;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.leaseOwner = owner.id();
    this.leaseUntil = leaseUntil;
  }

  public UUID getId() {
    return id;
  }

  public UUID getDatasetId() {
    return datasetId;
  }

  public StatementFormat getFormat() {
    return format;
  }

  public ImportState getState() {
    return state;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public long getRowsDone() {
    return rowsDone;
  }

  public Long getRowsTotal() {
    return rowsTotal;
  }

  public long getImported() {
    return imported;
  }

  public long getDuplicatesSkipped() {
    return duplicatesSkipped;
  }

  public long getRejected() {
    return rejected;
  }

  public long getFlagged() {
    return flagged;
  }

  public String getFailureReason() {
    return failureReason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }
}
