package org.sequestra.registry.cases;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.sequestra.registry.cases.CaseRequests.esAnalyst;
import static org.sequestra.registry.cases.CaseRequests.nlAnalyst;
import static org.sequestra.registry.cases.CaseRequests.nlSupervisor;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.registry.RegistryIntegrationTest;

/** Changing a case under optimistic locking: ETag on read, If-Match on write. */
class CaseUpdateTest extends RegistryIntegrationTest {

  private static final String PROBLEM = "application/problem+json";

  private CaseRequests requests;

  @BeforeEach
  void requests() {
    requests = new CaseRequests(mvc);
  }

  @Test
  void aCaseIsReadWithItsVersionAsAStrongETag() throws Exception {
    String caseId = requests.open(nlAnalyst());

    requests
        .read(nlAnalyst(), caseId)
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.version").value(0))
        .andExpect(jsonPath("$.access").value("OWNER"));
  }

  @Test
  void anUpdateWithTheCurrentETagChangesTheCaseAndMovesTheETagOn() throws Exception {
    String caseId = requests.open(nlAnalyst());
    String etag = requests.etag(nlAnalyst(), caseId);

    requests
        .update(
            nlAnalyst(),
            caseId,
            etag,
            """
            {"title":"Operation Tulip II",
             "offences":["laundering of the proceeds of crime","fraud"],
             "empactCycle":"2022-2025",
             "empactPriorities":["MTIC_FRAUD","CRIMINAL_FINANCES_MONEY_LAUNDERING_ASSET_RECOVERY"],
             "contactPoint":{"name":"ARO NL desk","email":"desk@aro.example","phone":"+31 70 000 0000"}}
            """)
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.title").value("Operation Tulip II"))
        .andExpect(jsonPath("$.offences", contains("laundering of the proceeds of crime", "fraud")))
        .andExpect(
            jsonPath(
                "$.empactPriorities",
                contains("CRIMINAL_FINANCES_MONEY_LAUNDERING_ASSET_RECOVERY", "MTIC_FRAUD")))
        .andExpect(jsonPath("$.contactPoint.email").value("desk@aro.example"))
        .andExpect(jsonPath("$.updatedAt").isNotEmpty());

    requests
        .read(nlAnalyst(), caseId)
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.title").value("Operation Tulip II"))
        .andExpect(jsonPath("$.contactPoint.name").value("ARO NL desk"));
  }

  @Test
  void fieldsLeftOutKeepTheirValueAndAnEmptyListEmptiesOne() throws Exception {
    String caseId = requests.open(nlAnalyst());
    requests
        .update(nlAnalyst(), caseId, "\"0\"", "{\"offences\":[\"fraud\"],\"title\":\"First\"}")
        .andExpect(status().isOk());

    requests
        .update(nlAnalyst(), caseId, "\"1\"", "{\"title\":\"Second\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.offences", contains("fraud")));
    requests
        .update(nlAnalyst(), caseId, "\"2\"", "{\"offences\":[]}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.title").value("Second"))
        .andExpect(jsonPath("$.offences").isEmpty());
  }

  @Test
  void withoutIfMatchTheAnswerIs428() throws Exception {
    String caseId = requests.open(nlAnalyst());

    requests
        .update(nlAnalyst(), caseId, null, "{\"title\":\"x\"}")
        .andExpect(status().isPreconditionRequired())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:precondition-required"));
  }

  @Test
  void aStaleETagIs412AndChangesNothing() throws Exception {
    String caseId = requests.open(nlAnalyst());
    requests
        .update(nlAnalyst(), caseId, "\"0\"", "{\"title\":\"Mine\"}")
        .andExpect(status().isOk());

    requests
        .update(nlSupervisor(), caseId, "\"0\"", "{\"title\":\"Theirs\"}")
        .andExpect(status().isPreconditionFailed())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:stale-version"));
    requests.read(nlAnalyst(), caseId).andExpect(jsonPath("$.title").value("Mine"));
  }

  @Test
  void closingRecordsTheDayAndReopeningClearsIt() throws Exception {
    String caseId = requests.open(nlAnalyst());

    requests
        .update(nlAnalyst(), caseId, "\"0\"", "{\"status\":\"CLOSED\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CLOSED"))
        .andExpect(jsonPath("$.closedOn").value(LocalDate.now(ZoneOffset.UTC).toString()));
    requests
        .update(nlAnalyst(), caseId, "\"1\"", "{\"status\":\"OPEN\"}")
        .andExpect(jsonPath("$.status").value("OPEN"))
        .andExpect(jsonPath("$.closedOn").value(nullValue()));
  }

  @Test
  void anotherAgencysCaseIs404EvenWithAnETag() throws Exception {
    String caseId = requests.open(nlAnalyst());

    requests
        .update(esAnalyst(), caseId, "\"0\"", "{\"title\":\"x\"}")
        .andExpect(status().isNotFound());
    requests
        .update(esAnalyst(), caseId, null, "{\"title\":\"x\"}")
        .andExpect(status().isNotFound());
  }

  @Test
  void badFieldsAreNamed() throws Exception {
    String caseId = requests.open(nlAnalyst());

    requests
        .update(
            nlAnalyst(), caseId, "\"0\"", "{\"contactPoint\":{\"name\":\"x\",\"email\":\"nope\"}}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("contactPoint.email"));
    requests
        .update(nlAnalyst(), caseId, "\"0\"", "{\"owningAgency\":\"ES-ARO\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("owningAgency"));
  }
}
