package org.sequestra.freezing.certificate;

import java.time.LocalDate;
import org.sequestra.freezing.money.Money;

/** Sections about the confiscation order and the victims (Annex II), and Annex I section K. */
public final class ConfiscationParts {

  private ConfiscationParts() {}

  /** Annex II section B. */
  public record ConfiscationOrder(
      String court, String orderReference, LocalDate issuedOn, LocalDate finalOn) {}

  public enum TrialAppearance {
    APPEARED,
    DID_NOT_APPEAR,
    NO_HEARING
  }

  /** Annex II section H point 4 (Art 19(1)(g)). */
  public enum AbsenceSafeguard {
    SUMMONED_IN_PERSON,
    INFORMED_BY_OTHER_MEANS,
    DEFENDED_BY_MANDATED_LAWYER,
    SERVED_AND_DID_NOT_CONTEST,
    SERVED_AND_NO_RETRIAL_REQUESTED
  }

  /** Annex II section H. */
  public record Trial(
      TrialAppearance appearance,
      AbsenceSafeguard absenceSafeguard,
      LocalDate summonedOn,
      LocalDate servedOn,
      String howConditionWasMet) {}

  /** Annex II section J (Art 30(1)-(5)). */
  public record VictimDecision(
      Money compensationOrRestitutionSum,
      String propertyToRestitute,
      Boolean proceedingsPending,
      String authority,
      LocalDate decisionDate,
      LocalDate finalOn,
      String decisionReference,
      String victimName,
      String victimAddress) {

    /** A decision to restitute or compensate was issued (Art 30(1)). */
    public boolean decided() {
      return compensationOrRestitutionSum != null || propertyToRestitute != null;
    }
  }

  /** Annex I section K (Art 29). */
  public record FrozenRestitution(
      Boolean decisionIssued,
      String authority,
      LocalDate decisionDate,
      String decisionReference,
      String propertyDescription,
      String victimName,
      String victimAddress,
      String titleContested,
      String rightsPrejudiced,
      Boolean demandPending) {}

  /** Annex II section M: where the issuing State's share is paid. */
  public record Payment(String iban, String bic, String accountHolder) {}
}
