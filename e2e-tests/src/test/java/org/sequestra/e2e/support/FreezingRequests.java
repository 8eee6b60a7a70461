package org.sequestra.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

/** What the stories of freezing requests share: a complete certificate and a lifecycle step. */
public final class FreezingRequests {

  private FreezingRequests() {}

  /** Annex I, complete, naming two bank accounts of the issuing case. */
  public static String annexI(String first, String second) {
    return """
        {
          "sectionA": {"issuingAuthority": "Openbaar Ministerie Rotterdam"},
          "sectionB": {"imminentRemovalOrDestruction": "transfers abroad announced for Monday"},
          "sectionC": {"persons": [{"role": "TARGET",
            "naturalPerson": {"surname": "Jansen", "givenNames": "Pieter", "nationality": "NL"}}]},
          "sectionD": {
            "scopes": ["SPECIFIC_ITEMS"],
            "items": [
              {"assetId": "%s", "description": "bank account", "location": "Banco Ejemplo, Madrid",
               "transmissionGround": "REGISTERED_IN_EXECUTING_STATE"},
              {"assetId": "%s", "description": "bank account", "location": "Banco Ejemplo, Madrid",
               "transmissionGround": "REGISTERED_IN_EXECUTING_STATE"}
            ]
          },
          "sectionE": {
            "summaryOfFacts": "cocaine imports laundered through Spanish accounts",
            "legalClassification": "Art 420bis Sr (money laundering)",
            "listedOffence": true,
            "offenceCategories": ["DRUG_TRAFFICKING", "MONEY_LAUNDERING"]
          },
          "sectionI": {"remainFrozenPendingConfiscation": true,
                       "estimatedConfiscationCertificateDate": "2027-06-30"},
          "sectionL": {"informationFrom": "ISSUING_AUTHORITY"},
          "sectionM": {"authorityType": "JUDGE_COURT_OR_PROSECUTOR",
                       "authority": {"name": "Openbaar Ministerie Rotterdam",
                                     "fileNumber": "NL-OM/2026/7781", "languages": ["nl", "en"]}}
        }
        """
        .formatted(first, second);
  }

  /** Posts one lifecycle step with the request's current ETag; returns the new ETag. */
  public static String step(
      Api api, String token, String requestId, String etag, String transition) {
    Api.Response done =
        api.post(
            "/api/v1/freezing-requests/" + requestId + "/transitions",
            token,
            "application/json",
            transition,
            "If-Match",
            etag);
    assertThat(done.status()).as(done.toString()).isEqualTo(201);
    return done.header("ETag");
  }
}
