package org.sequestra.freezing.agreement;

import org.sequestra.freezing.agreement.domain.MlaAgreements;
import org.sequestra.freezing.api.MlaAgreementsApi;
import org.sequestra.freezing.api.model.MlaAgreementListDto;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/** The configured agreement table, read-only, so that an issuer knows which one to name. */
@RestController
@PreAuthorize(
    "hasAnyRole('ISSUING_AUTHORITY', 'EXECUTING_AUTHORITY', 'PROSECUTOR', 'ARO_ANALYST',"
        + " 'ARO_SUPERVISOR')")
class MlaAgreementController implements MlaAgreementsApi {

  private final MlaAgreements agreements;
  private final MlaAgreementMapper mapper;

  MlaAgreementController(MlaAgreements agreements, MlaAgreementMapper mapper) {
    this.agreements = agreements;
    this.mapper = mapper;
  }

  @Override
  public ResponseEntity<MlaAgreementListDto> listMlaAgreements() {
    return ResponseEntity.ok(new MlaAgreementListDto(mapper.toDtos(agreements.all())));
  }
}
