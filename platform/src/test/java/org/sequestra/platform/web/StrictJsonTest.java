package org.sequestra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonTest {

  enum Kind {
    VEHICLE,
    VESSEL
  }

  static class Item {
    public String description;
  }

  static class Body {
    public String title;
    public LocalDate openedOn;
    public OffsetDateTime at;
    public Boolean urgent;
    public Integer count;
    public boolean flag;
    public BigDecimal amount;
    public Double share;
    public Kind kind;
    public List<String> tags;
    public List<Item> assets;
    public Map<String, String> labels;
  }

  private final JsonMapper plain = JsonMapper.builder().build();
  private final JsonMapper strict = StrictJson.strict(plain);

  @Test
  void wellTypedBodiesReadAsBefore() {
    String json =
        """
        {"title":"Op. Tide\\tline\\nnext\\r","openedOn":"2024-10-04","at":"2024-03-02T10:00:00Z",
         "urgent":true,"count":3,"flag":false,"amount":12.5,"share":2,"kind":"VESSEL",
         "tags":["a","b"],"assets":[{"description":"Yacht"}],"labels":{"k":"v"}}
        """;
    Body body = strict.readValue(json, Body.class);
    assertThat(body.title).isEqualTo("Op. Tide\tline\nnext\r");
    assertThat(body.openedOn).isEqualTo(LocalDate.of(2024, 10, 4));
    assertThat(body.at).isEqualTo(OffsetDateTime.parse("2024-03-02T10:00:00Z"));
    assertThat(body.count).isEqualTo(3);
    assertThat(body.share).isEqualTo(2.0);
    assertThat(body.kind).isEqualTo(Kind.VESSEL);
    assertThat(body.assets.getFirst().description).isEqualTo("Yacht");
    assertThat(body.labels).containsEntry("k", "v");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"title\":\"a\\u0000b\"}|title",
        "{\"title\":\"\\u000B\"}|title",
        "{\"tags\":[\"ok\",\"\\u001F\"]}|tags[1]",
        "{\"assets\":[{\"description\":\"\\u0000\"}]}|assets[0].description",
        "{\"labels\":{\"k\":\"\\u0007\"}}|labels.k",
        "{\"labels\":{\"\\u0000\":\"v\"}}|labels",
      })
  void controlCharactersAreRefusedNamingTheField(String caseAndField) {
    String[] parts = caseAndField.split("\\|");
    assertThatThrownBy(() -> strict.readValue(parts[0], Body.class))
        .isInstanceOf(ControlCharacterException.class)
        .satisfies(e -> assertThat(path((JacksonException) e)).isEqualTo(parts[1]))
        .satisfies(
            e ->
                assertThat(((ControlCharacterException) e).reason()).contains("control character"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"openedOn\":20000}|openedOn",
        "{\"openedOn\":0}|openedOn",
        "{\"openedOn\":-1}|openedOn",
        "{\"openedOn\":[]}|openedOn",
        "{\"openedOn\":[2024,1,2]}|openedOn",
        "{\"openedOn\":\"\"}|openedOn",
        "{\"openedOn\":\"2024-01-01T00:00:00Z\"}|openedOn",
        "{\"at\":0}|at",
        "{\"at\":1700000000}|at",
        "{\"title\":12345}|title",
        "{\"title\":1.5}|title",
        "{\"title\":true}|title",
        "{\"title\":[]}|title",
        "{\"title\":[\"x\"]}|title",
        "{\"urgent\":1}|urgent",
        "{\"urgent\":\"true\"}|urgent",
        "{\"flag\":0}|flag",
        "{\"count\":\"5\"}|count",
        "{\"count\":1.9}|count",
        "{\"count\":\"\"}|count",
        "{\"amount\":\"5\"}|amount",
        "{\"share\":\"5\"}|share",
        "{\"kind\":0}|kind",
        "{\"kind\":[]}|kind",
        "{\"tags\":\"x\"}|tags",
        "{\"tags\":[1]}|tags[0]",
        "{\"assets\":[{\"description\":7}]}|assets[0].description",
        "{\"labels\":{\"k\":1}}|labels.k",
      })
  void valuesOfTheWrongJsonTypeAreRefusedNamingTheField(String caseAndField) {
    String[] parts = caseAndField.split("\\|");
    assertThatThrownBy(() -> strict.readValue(parts[0], Body.class))
        .isInstanceOf(MismatchedInputException.class)
        .satisfies(e -> assertThat(path((JacksonException) e)).isEqualTo(parts[1]));
  }

  @Test
  void theOrdinaryMapperIsLeftAsItWas() {
    assertThat(plain.readValue("{\"title\":12345,\"openedOn\":20000}", Body.class).openedOn)
        .isEqualTo(LocalDate.of(2024, 10, 4));
    assertThat(plain.readValue("{\"title\":\"\\u000B\"}", Body.class).title).isEqualTo("\u000B");
  }

  private static String path(JacksonException exception) {
    return ProblemDetailsAdvice.path(exception);
  }
}
