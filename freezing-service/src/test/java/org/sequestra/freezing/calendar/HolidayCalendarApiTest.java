package org.sequestra.freezing.calendar;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The calendar in force, with this deployment's changes: NL does not count 5 May here. */
@SpringBootTest(
    properties = {
      "sequestra.freezing.holidays.NL.removed[0]=05-05",
      "sequestra.freezing.holidays.NL.added[0]=2025-12-31"
    })
@AutoConfigureMockMvc
class HolidayCalendarApiTest {

  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "freezing");
    TestIssuers.register(registry);
  }

  @Test
  void anyRoleSeesTheCalendarInForceWithItsSource() throws Exception {
    mvc.perform(
            get("/api/v1/holidays/NL")
                .param("year", "2025")
                .header(
                    "Authorization", TestIssuers.token("agency-es").roles("PROSECUTOR").bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.country").value("NL"))
        .andExpect(jsonPath("$.year").value(2025))
        .andExpect(jsonPath("$.source").value("Jollyday 1.8.0"))
        .andExpect(jsonPath("$.timeZones").value(hasItem("Europe/Amsterdam")))
        .andExpect(jsonPath("$.holidays[*].date").value(hasItems("2025-04-26", "2025-12-25")))
        .andExpect(jsonPath("$.holidays[*].date").value(not(hasItem("2025-04-27"))))
        .andExpect(jsonPath("$.holidays[0].origin").value("LIBRARY"))
        .andExpect(jsonPath("$.holidays[*].date").value(not(hasItem("2025-05-05"))))
        .andExpect(jsonPath("$.holidays[-1].date").value("2025-12-31"))
        .andExpect(jsonPath("$.holidays[-1].origin").value("CONFIGURATION"))
        .andExpect(jsonPath("$.removedByConfiguration[0].date").value("2025-05-05"))
        .andExpect(jsonPath("$.removedByConfiguration[0].name").value("Liberation Day"));
  }

  @Test
  void spainListsBothItsZones() throws Exception {
    mvc.perform(
            get("/api/v1/holidays/ES")
                .param("year", "2026")
                .header(
                    "Authorization", TestIssuers.token("agency-nl").roles("ARO_ANALYST").bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.timeZones").value(hasItems("Europe/Madrid", "Atlantic/Canary")))
        .andExpect(jsonPath("$.holidays[*].date").value(hasItem("2026-12-08")))
        .andExpect(jsonPath("$.removedByConfiguration").isEmpty());
  }

  @Test
  void anUnknownCountryIsNotFoundAndABadOneRejected() throws Exception {
    String bearer = TestIssuers.token("agency-nl").roles("ARO_ANALYST").bearer();
    mvc.perform(get("/api/v1/holidays/XX").header("Authorization", bearer))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType("application/problem+json"));
    mvc.perform(get("/api/v1/holidays/nl").header("Authorization", bearer))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/holidays/NL").param("year", "1800").header("Authorization", bearer))
        .andExpect(status().isBadRequest());
  }

  @Test
  void anAnonymousCallerOrOneWithoutARoleIsRefused() throws Exception {
    mvc.perform(get("/api/v1/holidays/NL")).andExpect(status().isUnauthorized());
    mvc.perform(
            get("/api/v1/holidays/NL")
                .header("Authorization", TestIssuers.token("agency-nl").roles().bearer()))
        .andExpect(status().isForbidden());
  }
}
