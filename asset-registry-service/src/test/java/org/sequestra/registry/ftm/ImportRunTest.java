package org.sequestra.registry.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.ConflictException;
import org.sequestra.platform.web.UnprocessableException;
import org.sequestra.registry.ftm.CaseHoldings.Asset;
import org.sequestra.registry.ftm.CaseHoldings.AssetType;
import org.sequestra.registry.ftm.CaseHoldings.Link;
import org.sequestra.registry.ftm.CaseHoldings.NewAsset;
import org.sequestra.registry.ftm.CaseHoldings.NewLink;
import org.sequestra.registry.ftm.CaseHoldings.NewSubject;
import org.sequestra.registry.ftm.CaseHoldings.Role;
import org.sequestra.registry.ftm.CaseHoldings.Subject;
import org.sequestra.registry.ftm.EntityOutcome.Outcome;

/** The import's flow on an in-memory case: no Spring, no database. */
class ImportRunTest {

  private final UUID caseId = UUID.randomUUID();
  private final InMemoryCase held = new InMemoryCase();

  private List<EntityOutcome> take(String... lines) {
    return new ImportRun(held, null, caseId).take(FtmLines.read(String.join("\n", lines)));
  }

  @Test
  void linksMayComeBeforeTheirEndsAndALineRepeatingAnIdMergesIntoWhatItBecame() {
    List<EntityOutcome> outcomes =
        take(
            "{\"id\":\"o1\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"p1\"],"
                + "\"asset\":[\"a1\"],\"percentage\":[\"100\"]}}",
            "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Anna Berg\"]}}",
            "{\"id\":\"a1\",\"schema\":\"BankAccount\",\"properties\":{\"iban\":"
                + "[\"NL91ABNA0417164300\"]}}",
            "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Other\"]}}");

    assertThat(outcomes)
        .extracting(EntityOutcome::outcome)
        .containsExactly(Outcome.TAKEN, Outcome.TAKEN, Outcome.TAKEN, Outcome.MERGED);
    assertThat(outcomes.get(0).subjectId()).isEqualTo(held.subjects.get(0).id());
    assertThat(outcomes.get(0).assetId()).isEqualTo(held.assets.get(0).id());
    assertThat(outcomes.get(0).ownershipId()).isEqualTo(held.links.get(0).id());
    assertThat(outcomes.get(3).reason()).isEqualTo("same FtM id as line 2");
    assertThat(outcomes.get(3).subjectId()).isEqualTo(held.subjects.get(0).id());
    assertThat(held.subjects).hasSize(1);
  }

  @Test
  void whatTheCaseAlreadyHoldsIsMergedIntoAndNotAddedAgain() {
    Subject anna = held.addSubject(null, caseId, SubjectsForTest.person("Anna Berg"));
    take("{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"anna  berg\"]}}");

    List<EntityOutcome> again =
        take("{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Anna Berg\"]}}");

    assertThat(again.getFirst().outcome()).isEqualTo(Outcome.MERGED);
    assertThat(again.getFirst().reason())
        .isEqualTo("same name and birth date as a subject of the case");
    assertThat(again.getFirst().subjectId()).isEqualTo(anna.id());
    assertThat(held.subjects).hasSize(1);
  }

  @Test
  void anOwnershipOfACompanyIsRecordedOnTheSharesInItRegisteredOnce() {
    List<EntityOutcome> outcomes =
        take(
            "{\"id\":\"c1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Acme BV\"],"
                + "\"registrationNumber\":[\"123\"],\"jurisdiction\":[\"nl\"]}}",
            "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Anna Berg\"]}}",
            "{\"id\":\"p2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ben Berg\"]}}",
            "{\"id\":\"o1\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"p1\"],"
                + "\"asset\":[\"c1\"],\"percentage\":[\"60\"]}}",
            "{\"id\":\"o2\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"p2\"],"
                + "\"asset\":[\"c1\"],\"percentage\":[\"40\"]}}",
            "{\"id\":\"o3\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"p1\"],"
                + "\"asset\":[\"c1\"],\"percentage\":[\"60\"]}}",
            "{\"id\":\"o4\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"c1\"],"
                + "\"asset\":[\"p1\"]}}");

    assertThat(held.assets)
        .singleElement()
        .satisfies(
            shares -> {
              assertThat(shares.type()).isEqualTo(AssetType.COMPANY_SHARES);
              assertThat(shares.description()).isEqualTo("Shares in Acme BV");
            });
    assertThat(outcomes.get(3).assetId()).isEqualTo(held.assets.getFirst().id());
    assertThat(outcomes.get(4).assetId()).isEqualTo(held.assets.getFirst().id());
    assertThat(outcomes.get(5).outcome()).isEqualTo(Outcome.MERGED);
    assertThat(outcomes.get(5).reason()).isEqualTo("the same link is already in the case");
    assertThat(outcomes.get(6).reason()).isEqualTo("asset p1 is a person, not something owned");
    assertThat(held.links).hasSize(2);
  }

  @Test
  void aRefusalByTheRegistryBecomesTheReasonAndTheImportGoesOn() {
    held.refuseIban = "NL91ABNA0417164300";
    List<EntityOutcome> outcomes =
        take(
            "{\"id\":\"a1\",\"schema\":\"BankAccount\",\"properties\":{\"iban\":"
                + "[\"NL91ABNA0417164300\"]}}",
            "{\"id\":\"a2\",\"schema\":\"Vessel\",\"properties\":{\"name\":[\"INVALID\"]}}",
            "{\"id\":\"a3\",\"schema\":\"Vessel\",\"properties\":{\"name\":[\"Ocean Star\"]}}",
            "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Anna\"]}}",
            "{\"id\":\"o1\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"p1\"],"
                + "\"asset\":[\"a3\"],\"percentage\":[\"99\"]}}",
            "{\"id\":\"o2\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"p1\"],"
                + "\"asset\":[\"a1\"]}}",
            "{\"id\":\"x\",\"schema\":\"Payment\",\"properties\":{}}");

    assertThat(outcomes)
        .extracting(EntityOutcome::outcome)
        .containsExactly(
            Outcome.REJECTED,
            Outcome.REJECTED,
            Outcome.TAKEN,
            Outcome.TAKEN,
            Outcome.REJECTED,
            Outcome.REJECTED,
            Outcome.REJECTED);
    assertThat(outcomes.get(0).reason()).isEqualTo("iban refused");
    assertThat(outcomes.get(1).reason()).isEqualTo("description is invalid");
    assertThat(outcomes.get(4).reason()).isEqualTo("shares over 100 %");
    assertThat(outcomes.get(4).assetId()).isEqualTo(outcomes.get(2).assetId());
    assertThat(outcomes.get(5).reason()).isEqualTo("asset a1 was not taken");
    assertThat(outcomes.get(6).reason()).startsWith("FtM schema Payment has no place");
    assertThat(ImportReport.of(caseId, outcomes))
        .extracting(ImportReport::taken, ImportReport::merged, ImportReport::rejected)
        .containsExactly(2, 0, 5);
  }

  @Test
  void identityDocumentsAreTakenWithTheirHolderOrRejectedWithWhy() {
    List<EntityOutcome> outcomes =
        take(
            "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Anna Berg\"]}}",
            "{\"id\":\"d1\",\"schema\":\"Passport\",\"properties\":{\"holder\":[\"p1\"],"
                + "\"number\":[\"X1\"],\"country\":[\"nl\"]}}",
            "{\"id\":\"d2\",\"schema\":\"Passport\",\"properties\":{\"holder\":[\"p9\"],"
                + "\"number\":[\"X2\"],\"country\":[\"nl\"]}}");

    assertThat(outcomes.get(1).outcome()).isEqualTo(Outcome.TAKEN);
    assertThat(outcomes.get(1).subjectId()).isEqualTo(outcomes.get(0).subjectId());
    assertThat(held.subjects.getFirst().naturalPerson().identityDocuments()).hasSize(1);
    assertThat(outcomes.get(2).reason()).isEqualTo("holder p9 was not taken as a person");
  }

  /** Person drafts for the tests. */
  static final class SubjectsForTest {
    static NewSubject person(String name) {
      return new NewSubject(Role.THIRD_PARTY, MergeIndexTest.person(null, name, null), null);
    }
  }

  /** A case in memory that refuses as the registry would, on cue. */
  static final class InMemoryCase implements CaseHoldings {
    final List<Subject> subjects = new ArrayList<>();
    final List<Asset> assets = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    String refuseIban;

    @Override
    public List<Subject> subjects(UUID caseId) {
      return List.copyOf(subjects);
    }

    @Override
    public List<Asset> assets(UUID caseId) {
      return List.copyOf(assets);
    }

    @Override
    public List<Link> links(UUID caseId) {
      return List.copyOf(links);
    }

    @Override
    public String violations(NewSubject subject) {
      return null;
    }

    @Override
    public String violations(NewAsset asset) {
      return asset.description().equals("INVALID") ? "description is invalid" : null;
    }

    @Override
    public Subject addSubject(Caller caller, UUID caseId, NewSubject subject) {
      Subject added =
          new Subject(
              UUID.randomUUID(), subject.role(), subject.naturalPerson(), subject.legalEntity());
      subjects.add(added);
      return added;
    }

    @Override
    public Asset registerAsset(Caller caller, UUID caseId, NewAsset asset) {
      if (asset.identifiers().iban() != null && asset.identifiers().iban().equals(refuseIban)) {
        throw new UnprocessableException("iban", "iban refused");
      }
      Asset added =
          new Asset(
              UUID.randomUUID(),
              asset.type(),
              asset.description(),
              asset.locationCountry(),
              asset.identifiers(),
              null,
              List.of());
      assets.add(added);
      return added;
    }

    @Override
    public Link addLink(Caller caller, UUID assetId, NewLink link) {
      if ("99".equals(link.sharePercentage())) {
        throw new ConflictException("shares", "shares over 100 %");
      }
      Link added =
          new Link(
              UUID.randomUUID(),
              assetId,
              link.subjectId(),
              link.kind(),
              link.sharePercentage(),
              link.startDate(),
              link.endDate());
      links.add(added);
      return added;
    }
  }
}
