package com.aftersales.stock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A part's label data with its shelf life, and the batches on hand past it, over HTTP; run on H2
 * ({@link ShelfLifeApiTest}) and PostgreSQL ({@link ShelfLifePostgresTest}).
 */
abstract class ShelfLifeScenarios {

  @Autowired TestRestTemplate http;
  @Autowired StockService stock;
  @Autowired com.aftersales.calendar.WorkingDayCalendar calendar;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("003 五2(c) 配件标明名称、型号、规格、数量及保质期: a part is registered with its shelf life and the parts"
      + " list shows it with name, model, specification and unit; a part that does not age leaves it out")
  void partsCarryTheirShelfLife() {
    String code = StockScenario.uniqueCode("BT");
    ResponseEntity<JsonNode> created = post("kate", "/api/stock/parts", """
        {"code": "%s", "name": "备用电池", "model": "BP-12", "specification": "12V 7Ah", "unit": "块",
         "shelfLifeMonths": 18, "reorderLevel": 1, "costPrice": 95.00}""".formatted(code));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody().path("shelfLifeMonths").asInt()).isEqualTo(18);
    String lasting = StockScenario.uniqueCode("SC");
    assertThat(post("kate", "/api/stock/parts", """
        {"code": "%s", "name": "螺丝", "model": "M3", "unit": "个", "reorderLevel": 0, "costPrice": 0.10}"""
        .formatted(lasting)).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    JsonNode parts = http.withBasicAuth("eric", "eric").getForEntity("/api/stock/parts", JsonNode.class).getBody();
    JsonNode battery = find(parts, "code", code);
    assertThat(battery.path("name").asText()).isEqualTo("备用电池");
    assertThat(battery.path("model").asText()).isEqualTo("BP-12");
    assertThat(battery.path("specification").asText()).isEqualTo("12V 7Ah");
    assertThat(battery.path("unit").asText()).isEqualTo("块");
    assertThat(battery.path("shelfLifeMonths").asInt()).isEqualTo(18);
    assertThat(find(parts, "code", lasting).hasNonNull("shelfLifeMonths")).as("no shelf life").isFalse();

    ResponseEntity<JsonNode> refused = post("kate", "/api/stock/parts", """
        {"code": "%s", "name": "备用电池", "model": "BP-12", "unit": "块", "shelfLifeMonths": 0,
         "reorderLevel": 1, "costPrice": 95.00}""".formatted(StockScenario.uniqueCode("BT")));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("errors").findValuesAsText("field")).containsExactly("shelfLifeMonths");
  }

  @Test
  @DisplayName("003 五2(c) 保质期: the batches still on hand (first in, first out) whose shelf life ran out are"
      + " listed for store keepers and managers, the fresh batch and parts that do not age are not")
  void batchesPastTheirShelfLifeAreListed() {
    Instant now = Instant.now();
    Part battery = stock.createPart(new Part(StockScenario.uniqueCode("BT"), "备用电池", "BP-12", "12V 7Ah", "块", 12,
        0, new java.math.BigDecimal("95.00")));
    Part lasting = stock.createPart(new Part(StockScenario.uniqueCode("SC"), "螺丝", "M3", null, "个", null, 0,
        new java.math.BigDecimal("0.10")));
    Instant oldBatch = now.minus(420, ChronoUnit.DAYS);
    Instant newBatch = now.minus(60, ChronoUnit.DAYS);
    receive(battery, 3, oldBatch.minus(30, ChronoUnit.DAYS));
    receive(battery, 3, oldBatch);
    receive(battery, 2, newBatch);
    receive(lasting, 5, oldBatch);
    ClockUtil.reset();
    stock.book(Booking.of(MovementType.ISSUE, "main", battery.code(), 4, "kate", "维修领用")
        .forCase(StockScenario.caseNumber(), null));

    ResponseEntity<JsonNode> answer = http.withBasicAuth("sam", "sam")
        .getForEntity("/api/stock/past-shelf-life", JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<JsonNode> rows = new ArrayList<>();
    answer.getBody().forEach(r -> {
      assertThat(r.path("part").asText()).isNotEqualTo(lasting.code());
      if (r.path("part").asText().equals(battery.code())) {
        rows.add(r);
      }
    });
    LocalDate received = LocalDate.ofInstant(oldBatch, calendar.zone());
    assertThat(rows).as("4 on hand: the 2 of the fresh batch and 2 of the batch before it; the first batch is used up")
        .singleElement().satisfies(r -> {
          assertThat(r.path("quantity").asInt()).isEqualTo(2);
          assertThat(r.path("receivedOn").asText()).isEqualTo(received.toString());
          assertThat(r.path("expiredOn").asText()).isEqualTo(received.plusMonths(12).toString());
          assertThat(r.path("shelfLifeMonths").asInt()).isEqualTo(12);
          assertThat(r.path("name").asText()).isEqualTo("备用电池");
        });
    assertThat(http.withBasicAuth("eric", "eric").getForEntity("/api/stock/past-shelf-life", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private void receive(Part part, int quantity, Instant at) {
    ClockUtil.setCurrentTime(Date.from(at));
    stock.book(Booking.of(MovementType.RECEIPT, "main", part.code(), quantity, "kate", "采购入库 质检合格"));
  }

  private static JsonNode find(JsonNode rows, String field, String value) {
    for (JsonNode r : rows) {
      if (r.path(field).asText().equals(value)) {
        return r;
      }
    }
    throw new AssertionError("no row with " + field + " " + value);
  }

  private ResponseEntity<JsonNode> post(String user, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, user).postForEntity(path, new HttpEntity<>(json, headers), JsonNode.class);
  }
}
