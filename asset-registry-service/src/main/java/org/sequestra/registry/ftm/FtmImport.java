package org.sequestra.registry.ftm;

import java.util.List;
import java.util.UUID;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.security.Caller;
import org.sequestra.registry.cases.CaseAccess;
import org.sequestra.registry.cases.InvestigationCase;
import org.sequestra.registry.ftm.FtmLines.Line;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes FtM entities into a case. Subjects, assets and links are added through the same services
 * (and so the same access checks, identifier rules, share limits and hit detection) as the
 * endpoints that add them one by one. An entity those rules refuse is reported REJECTED with their
 * reason and the rest of the import goes on (the services refuse before they write, and the
 * import's transaction stays in charge of committing: see TransactionConfiguration). The whole
 * import is one transaction; {@link ImportRun} does the work.
 */
@Service
class FtmImport {

  private final CaseAccess access;
  private final CaseHoldings holdings;
  private final AuditTrail audit;

  FtmImport(CaseAccess access, CaseHoldings holdings, AuditTrail audit) {
    this.access = access;
    this.holdings = holdings;
    this.audit = audit;
  }

  @Transactional
  ImportReport run(Caller caller, UUID caseId, String body) {
    InvestigationCase investigationCase = access.writable(caller, caseId);
    List<Line> lines = FtmLines.read(body);
    ImportReport report =
        ImportReport.of(caseId, new ImportRun(holdings, caller, caseId).take(lines));
    audit.record(
        AuditEvent.by(caller, "case.ftm-import", "case", caseId)
            .onObjectOf(investigationCase.getOwningAgency())
            .withDetail(
                lines.size()
                    + " FtM entities: "
                    + report.taken()
                    + " taken, "
                    + report.merged()
                    + " merged, "
                    + report.rejected()
                    + " rejected"));
    return report;
  }
}
