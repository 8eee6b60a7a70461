package org.sequestra.freezing.lifecycle;

import java.util.EnumSet;
import java.util.Set;

/** The closed lists of grounds the executing side may invoke. */
public final class Grounds {

  private Grounds() {}

  /** Art 8(1) (freezing, (a)-(f)) and Art 19(1) (confiscation, (a)-(h)). */
  public enum RefusalGround {
    NE_BIS_IN_IDEM,
    PRIVILEGE_OR_IMMUNITY,
    CERTIFICATE_INCOMPLETE,
    OFFENCE_PARTLY_IN_EXECUTING_STATE,
    /** Art 19(1)(e), confiscation only. */
    AFFECTED_PERSONS_RIGHTS,
    NO_DOUBLE_CRIMINALITY,
    /** Art 19(1)(g), confiscation only. */
    TRIAL_IN_ABSENTIA,
    FUNDAMENTAL_RIGHTS
  }

  /** Art 10(1) (freezing) and Art 21(1) (confiscation). */
  public enum PostponementGround {
    DAMAGE_TO_INVESTIGATION,
    /** Art 10(1)(b). */
    ALREADY_FROZEN,
    /** Art 10(1)(c). */
    EXISTING_NATIONAL_ORDER,
    /** Art 21(1)(b). */
    RISK_OF_EXCEEDING_AMOUNT,
    /** Art 21(1)(c). */
    ONGOING_CONFISCATION_PROCEEDINGS,
    /** Art 21(1)(d). */
    LEGAL_REMEDY_INVOKED
  }

  /** Art 13(3) / Art 22(3), points (a)-(e). */
  public enum ImpossibilityReason {
    ALREADY_CONFISCATED,
    DISAPPEARED,
    DESTROYED,
    NOT_AT_INDICATED_LOCATION,
    LOCATION_NOT_PRECISE
  }

  public static Set<RefusalGround> refusal(RequestKind kind) {
    return kind == RequestKind.FREEZING
        ? EnumSet.complementOf(
            EnumSet.of(RefusalGround.AFFECTED_PERSONS_RIGHTS, RefusalGround.TRIAL_IN_ABSENTIA))
        : EnumSet.allOf(RefusalGround.class);
  }

  public static Set<PostponementGround> postponement(RequestKind kind) {
    return kind == RequestKind.FREEZING
        ? EnumSet.of(
            PostponementGround.DAMAGE_TO_INVESTIGATION,
            PostponementGround.ALREADY_FROZEN,
            PostponementGround.EXISTING_NATIONAL_ORDER)
        : EnumSet.of(
            PostponementGround.DAMAGE_TO_INVESTIGATION,
            PostponementGround.RISK_OF_EXCEEDING_AMOUNT,
            PostponementGround.ONGOING_CONFISCATION_PROCEEDINGS,
            PostponementGround.LEGAL_REMEDY_INVOKED);
  }
}
