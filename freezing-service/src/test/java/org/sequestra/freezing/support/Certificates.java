package org.sequestra.freezing.support;

import java.util.UUID;

/** Complete request drafts as JSON, for tests that take a request through its lifecycle. */
public final class Certificates {

  public static final UUID CASE = UUID.fromString("6f1c2a9e-4b7d-4e0a-9a51-0c2d3e4f5a6b");
  public static final UUID VILLA = UUID.fromString("0b6e3c1a-7d4f-4f8e-8a2b-1c3d5e7f9a0b");
  public static final UUID ACCOUNT = UUID.fromString("1c7f4d2b-8e5a-4a9f-9b3c-2d4e6f8a0b1c");

  private Certificates() {}

  /** Annex I, complete, with a villa and a bank account of the case. */
  public static String freezingCertificate() {
    return """
        {
          "sectionA": {"issuingAuthority": "Openbaar Ministerie Rotterdam"},
          "sectionB": {"imminentRemovalOrDestruction": "the villa is on sale since 1 December"},
          "sectionC": {"persons": [
            {"role": "TARGET", "naturalPerson": {"surname": "Jansen", "givenNames": "Pieter",
              "nationality": "NL", "dateOfBirth": "1979-04-02"}},
            {"role": "OWNER", "legalPerson": {"name": "Costa Villas SL", "registrationNumber": "B12345678"}}
          ]},
          "sectionD": {
            "scopes": ["SPECIFIC_ITEMS"],
            "items": [
              {"assetId": "%s", "description": "villa", "location": "Marbella, Calle Sol 4",
               "identifiers": [{"type": "LAND_REGISTRY", "value": "MAR-2231"}],
               "estimatedValue": {"amount": "850000.00", "currency": "EUR"},
               "transmissionGround": "LOCATED_IN_EXECUTING_STATE"},
              {"assetId": "%s", "description": "bank account", "location": "Banco Ejemplo, Madrid",
               "identifiers": [{"type": "IBAN", "value": "ES9121000418450200051332"}],
               "transmissionGround": "REGISTERED_IN_EXECUTING_STATE"}
            ]
          },
          "sectionE": {
            "summaryOfFacts": "cocaine imports laundered through real estate",
            "legalClassification": "Art 420bis Sr (money laundering)",
            "listedOffence": true,
            "offenceCategories": ["DRUG_TRAFFICKING", "MONEY_LAUNDERING"]
          },
          "sectionI": {"remainFrozenPendingConfiscation": true,
                       "estimatedConfiscationCertificateDate": "2027-06-30"},
          "sectionL": {"informationFrom": "ISSUING_AUTHORITY"},
          "sectionM": {"authorityType": "JUDGE_COURT_OR_PROSECUTOR",
                       "authority": {"name": "Openbaar Ministerie Rotterdam", "fileNumber": "NL-OM/2026/7781",
                                     "languages": ["nl", "en"]}}
        }
        """
        .formatted(VILLA, ACCOUNT);
  }

  /** Annex II, complete, confiscating the villa and the account. */
  public static String confiscationCertificate() {
    return """
        {
          "sectionA": {"issuingAuthority": "Openbaar Ministerie Rotterdam"},
          "sectionB": {"court": "Rechtbank Rotterdam", "orderReference": "ROT-2027-11",
                       "issuedOn": "2027-05-03", "finalOn": "2027-06-20"},
          "sectionC": {"persons": [{"role": "TARGET", "naturalPerson": {"surname": "Jansen"}}]},
          "sectionD": {
            "nature": ["PROCEEDS"],
            "scopes": ["SPECIFIC_ITEMS"],
            "conversionToMoneyAllowed": true,
            "items": [
              {"assetId": "%s", "location": "Marbella, Calle Sol 4",
               "transmissionGround": "LOCATED_IN_EXECUTING_STATE"},
              {"assetId": "%s", "location": "Banco Ejemplo, Madrid",
               "transmissionGround": "REGISTERED_IN_EXECUTING_STATE"}
            ]
          },
          "sectionE": {"frozenUnderEarlierOrder": true},
          "sectionF": {
            "summaryOfFacts": "cocaine imports laundered through real estate",
            "legalClassification": "Art 420bis Sr",
            "listedOffence": true,
            "offenceCategories": ["MONEY_LAUNDERING"]
          },
          "sectionH": {"appearance": "APPEARED"},
          "sectionK": {"authority": {"name": "Openbaar Ministerie Rotterdam"}},
          "sectionM": {"iban": "NL91ABNA0417164300", "bic": "ABNANL2A", "accountHolder": "Ministerie van Justitie"}
        }
        """
        .formatted(VILLA, ACCOUNT);
  }

  /** An urgent freezing request from the caller's agency to ES-ARO. */
  public static String urgentFreezingDraft() {
    return draft("FREEZING", true, "ES-ARO", "freezingCertificate", freezingCertificate());
  }

  public static String confiscationDraft() {
    return draft(
        "CONFISCATION", false, "ES-ARO", "confiscationCertificate", confiscationCertificate());
  }

  public static String draft(
      String kind, boolean urgent, String executingAgency, String field, String certificate) {
    return """
        {"instrument": "REGULATION_2018_1805", "kind": "%s", "urgent": %s,
         "executingAgency": "%s", "caseId": "%s", "issuingReference": "NL-OM/2026/7781",
         "language": "es", "%s": %s}
        """
        .formatted(kind, urgent, executingAgency, CASE, field, certificate);
  }

  /** An MLA freezing request to Colombia through Ameripol. */
  public static String mlaDraft() {
    return """
        {"instrument": "MLA", "kind": "FREEZING", "executingAgency": "CO-ARO", "caseId": "%s",
         "issuingReference": "NL-OM/2026/9001", "language": "es",
         "mla": {"channel": "AMERIPOL", "evidential": false},
         "freezingCertificate": %s}
        """
        .formatted(CASE, freezingCertificate());
  }
}
