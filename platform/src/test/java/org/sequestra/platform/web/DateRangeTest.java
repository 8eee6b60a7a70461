package org.sequestra.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Dates beyond 0001-9999 are a 400 naming the field, in bodies and in parameters. */
class DateRangeTest {

  record Request(OffsetDateTime transmittedAt, LocalDate openedOn) {}

  @RestController
  static class Dates {
    @GetMapping("/dates")
    String dates(
        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate from,
        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            OffsetDateTime at) {
      return from + " " + at;
    }

    @PostMapping("/dates")
    String body(@RequestBody Request request) {
      return request.transmittedAt() + " " + request.openedOn();
    }
  }

  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new Dates())
          .setControllerAdvice(new ProblemDetailsAdvice(), new DateRange())
          .setMessageConverters(
              new StringHttpMessageConverter(),
              new JacksonJsonHttpMessageConverter(
                  JsonMapper.builder().addModule(DateRange.jacksonModule())))
          .build();

  @Test
  void datesInsideTheRangeAreRead() throws Exception {
    mvc.perform(get("/dates?from=0001-01-01&at=9999-12-31T23:59:59Z"))
        .andExpect(status().isOk())
        .andExpect(content().string("0001-01-01 9999-12-31T23:59:59Z"));
    mvc.perform(
            post("/dates")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"transmittedAt\":\"2026-03-01T10:15:00+01:00\",\"openedOn\":\"2026-03-01\"}"))
        .andExpect(status().isOk())
        .andExpect(content().string("2026-03-01T09:15Z 2026-03-01"));
  }

  @Test
  void aParameterBeyondYear9999IsA400NamingIt() throws Exception {
    mvc.perform(get("/dates?from=%2B999999999-12-31"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.violations[0].field").value("from"));
    mvc.perform(get("/dates?at=-004712-01-01T00:00:00Z"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("at"));
  }

  @Test
  void aBodyFieldBeyondYear9999IsA400NamingIt() throws Exception {
    mvc.perform(
            post("/dates")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"transmittedAt\":\"+999999999-12-31T23:59:59Z\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.violations[0].field").value("transmittedAt"));
    mvc.perform(
            post("/dates")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"openedOn\":\"10000-01-01\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("openedOn"));
  }
}
