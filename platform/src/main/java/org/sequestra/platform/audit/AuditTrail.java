package org.sequestra.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.sequestra.platform.audit.ChainVerification.Reason;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.RequestIdFilter;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only, hash-chained audit log (DESIGN.md §2).
 *
 * <p>{@link #record} inside a transaction keeps the event until just before that transaction
 * commits, then chains it in the same transaction: an entry exists exactly when the work it
 * describes was committed, and the chain head stays locked only for the few statements of the
 * append. Outside a transaction the event is chained at once. Appends are serialised by a row lock
 * on the chain head, so the chain never forks. Call it from read-write transactions only: a
 * read-only one cannot write the entry, and saying so early beats losing it.
 */
public class AuditTrail {

  private static final String COLUMNS =
      "seq, occurred_at, subject, username, agency, object_agency, action, object_type,"
          + " object_id, purpose, detail, request_id, previous_hash, hash";
  private static final int VERIFY_FETCH_SIZE = 1000;

  private final JdbcTemplate jdbc;
  private final JdbcTemplate streaming;
  private final TransactionTemplate appendTransaction;
  private final TransactionTemplate verifyTransaction;
  private final Clock clock;
  private final Runnable flushPendingChanges;

  /**
   * @param flushPendingChanges run before the chain head is locked, so that an ORM's pending writes
   *     (and their row locks) come first and the head lock is always the last one taken
   */
  public AuditTrail(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      Clock clock,
      Runnable flushPendingChanges) {
    this.jdbc = jdbc;
    this.streaming = new JdbcTemplate(jdbc.getDataSource());
    this.streaming.setFetchSize(VERIFY_FETCH_SIZE);
    this.appendTransaction = new TransactionTemplate(transactions);
    this.verifyTransaction = new TransactionTemplate(transactions);
    this.verifyTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.verifyTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    this.verifyTransaction.setReadOnly(true);
    this.clock = clock;
    this.flushPendingChanges = flushPendingChanges;
  }

  /** Records what an authenticated caller did; {@code objectId} may be {@code null}. */
  public void record(Caller caller, String action, String objectType, Object objectId) {
    record(AuditEvent.by(caller, action, objectType, objectId));
  }

  public void record(AuditEvent event) {
    Pending pending = new Pending(event, MDC.get(RequestIdFilter.MDC_KEY));
    if (TransactionSynchronizationManager.isSynchronizationActive()
        && TransactionSynchronizationManager.isActualTransactionActive()) {
      if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
        throw new IllegalStateException(
            "audit entries are written with the work they describe; "
                + event.action()
                + " was recorded in a read-only transaction");
      }
      pendingInThisTransaction().events.add(pending);
    } else {
      appendTransaction.executeWithoutResult(status -> append(List.of(pending)));
    }
  }

  /** Entries in chain order. */
  public AuditPage entries(AuditQuery query) {
    List<String> conditions = new ArrayList<>();
    List<Object> arguments = new ArrayList<>();
    if (query.visibleTo() != null) {
      conditions.add("(agency = ? or object_agency = ?)");
      arguments.add(query.visibleTo());
      arguments.add(query.visibleTo());
    }
    if (query.from() != null) {
      conditions.add("occurred_at >= ?");
      arguments.add(utc(query.from()));
    }
    if (query.to() != null) {
      conditions.add("occurred_at < ?");
      arguments.add(utc(query.to()));
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    Long total =
        jdbc.queryForObject(
            "select count(*) from audit_log" + where, Long.class, arguments.toArray());
    List<Object> pageArguments = new ArrayList<>(arguments);
    pageArguments.add(query.size());
    pageArguments.add((long) query.page() * query.size());
    List<AuditEntry> entries =
        jdbc.query(
            "select " + COLUMNS + " from audit_log" + where + " order by seq limit ? offset ?",
            ENTRY,
            pageArguments.toArray());
    return new AuditPage(entries, query.page(), query.size(), total == null ? 0 : total);
  }

  /** Walks the whole chain from the first entry and names the first broken link, if any. */
  public ChainVerification verify() {
    return walkChain().verification();
  }

  /**
   * Walks the whole chain like {@link #verify()}, but answers as the auditor of {@code agency} may
   * see it: a break is named only when it lies in entries that concern that agency (see {@link
   * ChainVerification}).
   */
  public ChainVerification verifyFor(String agency) {
    Walk walk = walkChain();
    return walk.verification().seenBy(agency, walk.involved());
  }

  private Walk walkChain() {
    return verifyTransaction.execute(
        status -> {
          Head head =
              jdbc.queryForObject(
                  "select last_seq, last_hash from audit_chain_head where id = 1", HEAD);
          ResultSetExtractor<Walk> walker = rows -> walk(rows, head);
          return streaming.query("select " + COLUMNS + " from audit_log order by seq", walker);
        });
  }

  /**
   * @param involved the stored entries the first broken link involves; empty when it is intact or
   *     the break is an entry that was removed
   */
  private record Walk(ChainVerification verification, List<AuditEntry> involved) {}

  private static Walk walk(ResultSet rows, Head head) throws SQLException {
    long expected = 1;
    String previousHash = ChainHash.GENESIS;
    AuditEntry previous = null;
    long checked = 0;
    while (rows.next()) {
      AuditEntry entry = ENTRY.mapRow(rows, (int) checked);
      checked++;
      if (entry.sequence() != expected) {
        return new Walk(
            ChainVerification.broken(
                checked,
                expected,
                Reason.SEQUENCE_GAP,
                "entry " + expected + " is missing; the next stored entry is " + entry.sequence()),
            List.of());
      }
      if (!entry.previousHash().equals(previousHash)) {
        // The entry before may be the one altered and re-hashed: the break involves both.
        return new Walk(
            ChainVerification.broken(
                checked,
                entry.sequence(),
                Reason.PREVIOUS_HASH_MISMATCH,
                "entry "
                    + entry.sequence()
                    + " does not point at the hash of entry "
                    + (expected - 1)),
            previous == null ? List.of(entry) : List.of(previous, entry));
      }
      if (!ChainHash.of(previousHash, entry).equals(entry.hash())) {
        return new Walk(
            ChainVerification.broken(
                checked,
                entry.sequence(),
                Reason.CONTENT_HASH_MISMATCH,
                "the stored content of entry " + entry.sequence() + " does not match its hash"),
            List.of(entry));
      }
      previousHash = entry.hash();
      previous = entry;
      expected++;
    }
    long last = expected - 1;
    if (head.sequence() != last || !head.hash().equals(previousHash)) {
      return new Walk(
          ChainVerification.broken(
              checked,
              last + 1,
              Reason.HEAD_MISMATCH,
              "the chain ends at entry " + last + " but its head records entry " + head.sequence()),
          List.of());
    }
    return new Walk(ChainVerification.intact(checked), List.of());
  }

  private void append(List<Pending> events) {
    if (events.isEmpty()) {
      return;
    }
    Head head =
        jdbc.queryForObject(
            "select last_seq, last_hash from audit_chain_head where id = 1 for update", HEAD);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    long sequence = head.sequence();
    String previousHash = head.hash();
    List<Object[]> rows = new ArrayList<>(events.size());
    for (Pending pending : events) {
      AuditEvent event = pending.event();
      sequence++;
      AuditEntry entry =
          new AuditEntry(
              sequence,
              now,
              event.subject(),
              event.username(),
              event.agency(),
              event.objectAgency(),
              event.action(),
              event.objectType(),
              event.objectId(),
              event.purpose(),
              event.detail(),
              pending.requestId(),
              previousHash,
              null);
      String hash = ChainHash.of(previousHash, entry);
      rows.add(
          new Object[] {
            sequence,
            utc(now),
            entry.subject(),
            entry.username(),
            entry.agency(),
            entry.objectAgency(),
            entry.action(),
            entry.objectType(),
            entry.objectId(),
            entry.purpose(),
            entry.detail(),
            entry.requestId(),
            previousHash,
            hash
          });
      previousHash = hash;
    }
    jdbc.batchUpdate(
        "insert into audit_log (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows);
    jdbc.update(
        "update audit_chain_head set last_seq = ?, last_hash = ? where id = 1",
        sequence,
        previousHash);
  }

  /** The events of the current transaction, held by a synchronization that chains them. */
  private PendingEntries pendingInThisTransaction() {
    // Synchronizations (unlike bound resources) are suspended with their transaction, so an inner
    // REQUIRES_NEW transaction gets its own list.
    for (TransactionSynchronization synchronization :
        TransactionSynchronizationManager.getSynchronizations()) {
      if (synchronization instanceof PendingEntries entries && entries.trail == this) {
        return entries;
      }
    }
    PendingEntries entries = new PendingEntries(this);
    TransactionSynchronizationManager.registerSynchronization(entries);
    return entries;
  }

  /** Identity-based on purpose: Spring keeps synchronizations in a set, and the list grows. */
  private static final class PendingEntries implements TransactionSynchronization {
    private final AuditTrail trail;
    private final List<Pending> events = new ArrayList<>();

    private PendingEntries(AuditTrail trail) {
      this.trail = trail;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      if (!events.isEmpty()) {
        trail.flushPendingChanges.run();
        trail.append(events);
      }
    }
  }

  private record Pending(AuditEvent event, String requestId) {}

  private record Head(long sequence, String hash) {}

  private static final RowMapper<Head> HEAD =
      (rs, row) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash"));

  private static final RowMapper<AuditEntry> ENTRY =
      (rs, row) ->
          new AuditEntry(
              rs.getLong("seq"),
              rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
              rs.getString("subject"),
              rs.getString("username"),
              rs.getString("agency"),
              rs.getString("object_agency"),
              rs.getString("action"),
              rs.getString("object_type"),
              rs.getString("object_id"),
              rs.getString("purpose"),
              rs.getString("detail"),
              rs.getString("request_id"),
              rs.getString("previous_hash"),
              rs.getString("hash"));

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
