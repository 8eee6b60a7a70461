package org.sequestra.freezing.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sequestra.freezing.lifecycle.RequestAction.CONFIRM_TERMINATION;
import static org.sequestra.freezing.lifecycle.RequestAction.CONSULT;
import static org.sequestra.freezing.lifecycle.RequestAction.DISPOSE;
import static org.sequestra.freezing.lifecycle.RequestAction.EXECUTE;
import static org.sequestra.freezing.lifecycle.RequestAction.FORWARD;
import static org.sequestra.freezing.lifecycle.RequestAction.ISSUE;
import static org.sequestra.freezing.lifecycle.RequestAction.POSTPONE;
import static org.sequestra.freezing.lifecycle.RequestAction.RECEIVE;
import static org.sequestra.freezing.lifecycle.RequestAction.RECOGNISE;
import static org.sequestra.freezing.lifecycle.RequestAction.REFUSE;
import static org.sequestra.freezing.lifecycle.RequestAction.RESTITUTE;
import static org.sequestra.freezing.lifecycle.RequestAction.RESUME;
import static org.sequestra.freezing.lifecycle.RequestAction.SUPERSEDE;
import static org.sequestra.freezing.lifecycle.RequestAction.TRANSMIT;
import static org.sequestra.freezing.lifecycle.RequestAction.WITHDRAW;
import static org.sequestra.freezing.lifecycle.RequestStatus.DISPOSED;
import static org.sequestra.freezing.lifecycle.RequestStatus.DRAFT;
import static org.sequestra.freezing.lifecycle.RequestStatus.EXECUTED;
import static org.sequestra.freezing.lifecycle.RequestStatus.FORWARDED;
import static org.sequestra.freezing.lifecycle.RequestStatus.ISSUED;
import static org.sequestra.freezing.lifecycle.RequestStatus.POSTPONED;
import static org.sequestra.freezing.lifecycle.RequestStatus.RECEIVED;
import static org.sequestra.freezing.lifecycle.RequestStatus.RECOGNISED;
import static org.sequestra.freezing.lifecycle.RequestStatus.REFUSED;
import static org.sequestra.freezing.lifecycle.RequestStatus.RESTITUTED;
import static org.sequestra.freezing.lifecycle.RequestStatus.SUPERSEDED;
import static org.sequestra.freezing.lifecycle.RequestStatus.TERMINATED;
import static org.sequestra.freezing.lifecycle.RequestStatus.TRANSMITTED;
import static org.sequestra.freezing.lifecycle.RequestStatus.UNDER_CONSULTATION;
import static org.sequestra.freezing.lifecycle.RequestStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RequestLifecycleTest {

  private static final LegalInstrument REGULATION = LegalInstrument.REGULATION_2018_1805;

  /** Every allowed step of a freezing request under the Regulation, and where it leads. */
  private static final Map<RequestStatus, Map<RequestAction, RequestStatus>> FREEZING =
      new EnumMap<>(RequestStatus.class);

  static {
    FREEZING.put(DRAFT, Map.of(ISSUE, ISSUED));
    FREEZING.put(ISSUED, Map.of(TRANSMIT, TRANSMITTED, WITHDRAW, TERMINATED));
    FREEZING.put(TRANSMITTED, Map.of(RECEIVE, RECEIVED, WITHDRAW, WITHDRAWN));
    FREEZING.put(FORWARDED, Map.of(RECEIVE, RECEIVED, WITHDRAW, WITHDRAWN));
    FREEZING.put(
        RECEIVED,
        Map.of(
            FORWARD, FORWARDED,
            CONSULT, UNDER_CONSULTATION,
            RECOGNISE, RECOGNISED,
            POSTPONE, POSTPONED,
            WITHDRAW, WITHDRAWN));
    FREEZING.put(
        UNDER_CONSULTATION,
        Map.of(RECOGNISE, RECOGNISED, REFUSE, REFUSED, POSTPONE, POSTPONED, WITHDRAW, WITHDRAWN));
    FREEZING.put(
        RECOGNISED,
        Map.of(
            EXECUTE, EXECUTED,
            CONSULT, UNDER_CONSULTATION,
            POSTPONE, POSTPONED,
            WITHDRAW, WITHDRAWN));
    FREEZING.put(POSTPONED, Map.of(RESUME, RECEIVED, WITHDRAW, WITHDRAWN));
    FREEZING.put(EXECUTED, Map.of(SUPERSEDE, SUPERSEDED, WITHDRAW, WITHDRAWN));
    FREEZING.put(WITHDRAWN, Map.of(CONFIRM_TERMINATION, TERMINATED));
    for (RequestStatus end :
        new RequestStatus[] {REFUSED, TERMINATED, SUPERSEDED, DISPOSED, RESTITUTED}) {
      FREEZING.put(end, Map.of());
    }
  }

  private static RequestLifecycle.State freezing(RequestStatus status) {
    return new RequestLifecycle.State(RequestKind.FREEZING, REGULATION, status, null);
  }

  @ParameterizedTest
  @EnumSource(RequestStatus.class)
  void everyAllowedStepOfAFreezingRequestLeadsWhereTheRegulationSays(RequestStatus status) {
    Map<RequestAction, RequestStatus> expected = FREEZING.get(status);

    assertThat(RequestLifecycle.allowed(freezing(status)))
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach(
        (action, next) ->
            assertThat(RequestLifecycle.next(freezing(status), action)).isEqualTo(next));
  }

  @ParameterizedTest
  @EnumSource(RequestStatus.class)
  void everyOtherStepIsRefusedNamingTheAllowedOnes(RequestStatus status) {
    for (RequestAction action : RequestAction.values()) {
      if (FREEZING.get(status).containsKey(action)) {
        continue;
      }
      assertThatThrownBy(() -> RequestLifecycle.next(freezing(status), action))
          .isInstanceOfSatisfying(
              TransitionNotAllowed.class,
              refused -> {
                assertThat(refused.current()).isEqualTo(status);
                assertThat(refused.requested()).isEqualTo(action);
                assertThat(refused.allowed()).isEqualTo(FREEZING.get(status).keySet());
              });
    }
  }

  @Test
  void anExecutedConfiscationEndsInDisposalOrRestitutionAndIsNotSuperseded() {
    var executed = new RequestLifecycle.State(RequestKind.CONFISCATION, REGULATION, EXECUTED, null);

    assertThat(RequestLifecycle.allowed(executed)).containsExactly(DISPOSE, RESTITUTE);
    assertThat(RequestLifecycle.next(executed, DISPOSE)).isEqualTo(DISPOSED);
    assertThat(RequestLifecycle.next(executed, RESTITUTE)).isEqualTo(RESTITUTED);
    assertThatThrownBy(() -> RequestLifecycle.next(executed, SUPERSEDE))
        .isInstanceOf(TransitionNotAllowed.class);
    assertThatThrownBy(() -> RequestLifecycle.next(freezing(EXECUTED), DISPOSE))
        .isInstanceOf(TransitionNotAllowed.class);
  }

  @Test
  void theRegulationRefusesOnlyAfterConsultationWhileMlaMayRefuseOnReceipt() {
    assertThatThrownBy(() -> RequestLifecycle.next(freezing(RECEIVED), REFUSE))
        .isInstanceOf(TransitionNotAllowed.class);

    var mla = new RequestLifecycle.State(RequestKind.FREEZING, LegalInstrument.MLA, RECEIVED, null);
    assertThat(RequestLifecycle.next(mla, REFUSE)).isEqualTo(REFUSED);
  }

  @Test
  void aResumedRequestGoesBackWhereThePostponementFoundIt() {
    var fromRecognised =
        new RequestLifecycle.State(RequestKind.FREEZING, REGULATION, POSTPONED, RECOGNISED);
    var fromConsultation =
        new RequestLifecycle.State(
            RequestKind.CONFISCATION, REGULATION, POSTPONED, UNDER_CONSULTATION);

    assertThat(RequestLifecycle.next(fromRecognised, RESUME)).isEqualTo(RECOGNISED);
    assertThat(RequestLifecycle.next(fromConsultation, RESUME)).isEqualTo(UNDER_CONSULTATION);
  }

  @Test
  void eachSideSeesOnlyItsOwnActions() {
    assertThat(RequestLifecycle.allowed(freezing(RECEIVED), Side.ISSUING))
        .containsExactly(WITHDRAW);
    assertThat(RequestLifecycle.allowed(freezing(RECEIVED), Side.EXECUTING))
        .containsExactly(FORWARD, CONSULT, RECOGNISE, POSTPONE);
    assertThat(RequestLifecycle.allowed(freezing(DRAFT), Side.EXECUTING)).isEmpty();
  }
}
