package org.sequestra.freezing.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sequestra.freezing.support.RequestFlow.ES_EXECUTING;
import static org.sequestra.freezing.support.RequestFlow.NL_ISSUING;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sequestra.freezing.support.Certificates;
import org.sequestra.freezing.support.PdfText;
import org.sequestra.freezing.support.RequestFlow;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** GET .../certificate: the PDF for the two sides of the request, 404 for anyone else. */
@SpringBootTest
@AutoConfigureMockMvc
class CertificateDocumentApiTest {

  private static final String CO_ISSUING = RequestFlow.token("agency-co", "ISSUING_AUTHORITY");
  private static final String ES_PROSECUTOR = RequestFlow.token("agency-es", "PROSECUTOR");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "freezing");
    TestIssuers.register(registry);
  }

  private ResultActions certificate(RequestFlow request, String token) throws Exception {
    return mvc.perform(
        get(request.path() + "/certificate")
            .header("Authorization", token)
            .accept(MediaType.APPLICATION_PDF));
  }

  private static String text(ResultActions result) throws Exception {
    return PdfText.of(result.andReturn().getResponse().getContentAsByteArray()).text();
  }

  @Test
  void bothSidesGetTheFreezingCertificateAsPdfAndAThirdAgencyGets404() throws Exception {
    RequestFlow request = RequestFlow.draft(mvc, NL_ISSUING, Certificates.urgentFreezingDraft());
    // not yet transmitted: the executing agency does not see it at all
    certificate(request, ES_EXECUTING).andExpect(status().isNotFound());

    request.issuedAndTransmitted();

    for (String token : new String[] {NL_ISSUING, ES_EXECUTING, ES_PROSECUTOR}) {
      ResultActions result =
          certificate(request, token)
              .andExpect(status().isOk())
              .andExpect(content().contentType(MediaType.APPLICATION_PDF))
              .andExpect(
                  header()
                      .string(
                          "Content-Disposition",
                          "attachment; filename=\"certificate-" + request.id() + ".pdf\""));
      assertThat(text(result))
          .contains("ANNEX I — FREEZING CERTIFICATE")
          .doesNotContain("DRAFT")
          .containsSubsequence(CertificatePdfTest.ANNEX_I)
          .contains(
              "Request " + request.id(),
              "Status TRANSMITTED",
              "Issuing agency NL-ARO (NL)",
              "Executing agency ES-ARO (ES)",
              "Issuing authority Openbaar Ministerie Rotterdam",
              "LAND_REGISTRY: MAR-2231",
              "IBAN: ES9121000418450200051332",
              "850000.00 EUR",
              "5. illicit trafficking in narcotic drugs and psychotropic substances",
              "Page 1 of ");
    }

    certificate(request, CO_ISSUING)
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get(request.path() + "/certificate").header("Authorization", CO_ISSUING))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/freezing-requests/not-a-uuid/certificate")
                .header("Authorization", NL_ISSUING))
        .andExpect(status().isBadRequest());
    mvc.perform(get(request.path() + "/certificate")).andExpect(status().isUnauthorized());

    assertThat(
            jdbc.sql(
                    "select count(*) from audit_log where object_id = ? and action = 'request.read'"
                        + " and detail = 'certificate as PDF'")
                .param(request.id())
                .query(Long.class)
                .single())
        .isEqualTo(3);
  }

  @Test
  void aConfiscationDraftPrintsAnnexTwoAndTextWithMarkupStaysText() throws Exception {
    String draft =
        Certificates.confiscationDraft()
            .replace(
                "\"court\": \"Rechtbank Rotterdam\"",
                "\"court\": \"Rechtbank Rotterdam & Hof <Den Haag>\"");
    RequestFlow request = RequestFlow.draft(mvc, NL_ISSUING, draft);

    String text = text(certificate(request, NL_ISSUING).andExpect(status().isOk()));

    assertThat(text)
        .contains(
            "ANNEX II — CONFISCATION CERTIFICATE",
            "Status DRAFT",
            "DRAFT — not issued; not to be transmitted or executed.")
        .containsSubsequence(CertificatePdfTest.ANNEX_II)
        .contains(
            "1. Court which issued the confiscation order (official name) Rechtbank Rotterdam &"
                + " Hof <Den Haag>",
            "IBAN NL91ABNA0417164300",
            "9. laundering of the proceeds of crime",
            "L. Central authority Not applicable.");
  }
}
