package com.aftersales.stock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** /api/stock over HTTP: booking, levels and ledger as JSON and CSV, by case, problems naming fields, access. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StockApiTest {

  @Autowired TestRestTemplate http;
  @Autowired StockService stock;
  @Autowired com.aftersales.cases.CaseService cases;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;

  @Test
  @DisplayName("a store keeper registers a part, books it in and issues it to a case; the ledger shows who and why")
  void storeKeeperBooksAndTheLedgerShowsIt() {
    String code = StockScenario.uniqueCode("DR");
    ResponseEntity<JsonNode> part = post("kate", "/api/stock/parts", """
        {"code": "%s", "name": "感光鼓", "model": "MX-3070", "specification": "DR-30", "unit": "个",
         "shelfLifeMonths": 36, "reorderLevel": 1, "costPrice": 350.50}""".formatted(code));
    assertThat(part.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    assertThat(post("kate", "/api/stock/movements", """
        {"type": "RECEIPT", "store": "main", "part": "%s", "quantity": 3, "reference": "QC-9", "reason": "采购入库"}
        """.formatted(code)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = StockScenario.caseNumber();
    ResponseEntity<JsonNode> issue = post("kate", "/api/stock/movements", """
        {"type": "ISSUE", "store": "main", "part": "%s", "quantity": 2, "caseNumber": "%s", "reason": "维修领用"}
        """.formatted(code, caseNumber));
    assertThat(issue.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(issue.getBody().get(0).path("balanceAfter").asInt()).isEqualTo(1);
    assertThat(issue.getBody().get(0).path("actor").asText()).isEqualTo("kate");

    JsonNode levels = get("eric", "/api/stock/levels?part=" + code + "&store=main").getBody();
    assertThat(levels).hasSize(1);
    assertThat(levels.get(0).path("quantity").asInt()).isEqualTo(1);
    assertThat(levels.get(0).path("atOrBelowReorderLevel").asBoolean()).isTrue();
    JsonNode byCase = get("sam", "/api/stock/cases/" + caseNumber).getBody();
    assertThat(byCase.path("movements")).hasSize(1);
    assertThat(byCase.path("used").get(0).path("cost").decimalValue()).isEqualByComparingTo("701.00");
    assertThat(byCase.path("charge").path("chargeable").asBoolean()).isTrue();
    assertThat(byCase.path("charge").path("total").decimalValue()).as("cost 701.00 plus 10 %% handling fee")
        .isEqualByComparingTo("771.10");
    assertThat(get("fiona", "/api/stock/movements?part=" + code + "&type=RECEIPT").getBody()).hasSize(1);
  }

  @Test
  @DisplayName("levels, ledger and a case's lines come as CSV for Accept: text/csv, formula cells neutralised")
  void csvByContentNegotiation() {
    Part part = StockScenario.stockedPart(stock, 2);
    String caseNumber = StockScenario.caseNumber();
    stock.book(Booking.of(MovementType.ISSUE, "main", part.code(), 1, "kate", "=HYPERLINK(\"x\")")
        .forCase(caseNumber, null));

    ResponseEntity<String> levels = csv("/api/stock/levels?part=" + part.code());
    assertThat(levels.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
    assertThat(levels.getBody()).startsWith("store,part,name,model").contains("main," + part.code() + ",碳粉盒");
    ResponseEntity<String> ledger = csv("/api/stock/cases/" + caseNumber);
    assertThat(ledger.getBody()).contains("ISSUE,main," + part.code() + ",1,-1,1,80.00," + caseNumber)
        .contains("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(csv("/api/stock/movements?caseNumber=" + caseNumber).getBody()).isEqualTo(ledger.getBody());
  }

  @Test
  @DisplayName("bad input is 400 problem+json naming each field, too little stock 409 naming quantity; nothing written")
  void problemsNameTheField() {
    Part part = StockScenario.stockedPart(stock, 1);
    String caseNumber = StockScenario.caseNumber();

    ResponseEntity<JsonNode> bad = post("kate", "/api/stock/movements", """
        {"type": "ISSUE", "store": "attic", "part": "%s", "quantity": "two", "caseNumber": "%s", "reason": "x",
         "colour": "red"}""".formatted(part.code(), caseNumber));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(bad.getBody().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("colour", "quantity");
    ResponseEntity<JsonNode> badStore = post("kate", "/api/stock/movements", """
        {"type": "ISSUE", "store": "attic", "part": "%s", "quantity": 1, "caseNumber": "%s", "reason": "x"}
        """.formatted(part.code(), caseNumber));
    assertThat(badStore.getBody().path("errors").findValuesAsText("field")).containsExactly("store");

    ResponseEntity<JsonNode> tooMany = post("kate", "/api/stock/movements", """
        {"type": "ISSUE", "store": "main", "part": "%s", "quantity": 2, "caseNumber": "%s", "reason": "维修领用"}
        """.formatted(part.code(), caseNumber));
    assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(tooMany.getBody().path("errors").findValuesAsText("field")).containsExactly("quantity");

    ResponseEntity<JsonNode> correction = post("kate", "/api/stock/movements", """
        {"type": "CORRECTION", "store": "main", "part": "%s", "quantity": 1, "reason": "盘盈"}""".formatted(part.code()));
    assertThat(correction.getBody().path("errors").findValuesAsText("field")).containsExactly("type");
    ResponseEntity<JsonNode> transfer = post("kate", "/api/stock/movements", """
        {"type": "TRANSFER", "store": "main", "toStore": "emergency", "part": "%s", "quantity": 5, "reason": "调拨"}
        """.formatted(part.code()));
    assertThat(transfer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    assertThat(stock.onHand("main", part.code())).isEqualTo(1);
    assertThat(stock.onHand("emergency", part.code())).isZero();
    assertThat(stock.movements(new MovementFilter(null, part.code(), null, null, null, null, null))).hasSize(1);

    ResponseEntity<JsonNode> badFilter = get("sam", "/api/stock/movements?type=LOST&from=yesterday&colour=red");
    assertThat(badFilter.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badFilter.getBody().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("type", "from", "colour");
    HttpHeaders csvHeaders = new HttpHeaders();
    csvHeaders.setAccept(List.of(MediaType.parseMediaType("text/csv")));
    ResponseEntity<String> badCsv = http.withBasicAuth("sam", "sam").exchange("/api/stock/levels?store=attic",
        HttpMethod.GET, new HttpEntity<>(csvHeaders), String.class);
    assertThat(badCsv.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badCsv.getBody()).contains("\"field\":\"store\"");
  }

  @Test
  @DisplayName("only store keepers book; groups without business in the store read nothing")
  void access() {
    Part part = StockScenario.stockedPart(stock, 1);
    assertThat(post("eric", "/api/stock/movements", """
        {"type": "RECEIPT", "store": "main", "part": "%s", "quantity": 1, "reason": "x"}""".formatted(part.code()))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("mary", "/api/stock/levels").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/stock/levels", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(stock.onHand("main", part.code())).isEqualTo(1);
  }

  @Test
  @DisplayName("the stock at or under its reorder level, with its purchase request, for store keepers and managers")
  void belowReorderLevel() {
    Part low = StockScenario.stockedPart(stock, 3);
    Part plenty = StockScenario.stockedPart(stock, 9);
    stock.book(Booking.of(MovementType.ISSUE, "main", low.code(), 2, "kate", "维修领用")
        .forCase(StockScenario.caseNumber(), null));

    JsonNode rows = get("kate", "/api/stock/below-reorder?store=main").getBody();
    JsonNode row = null;
    for (JsonNode r : rows) {
      assertThat(r.path("quantity").asInt()).isLessThanOrEqualTo(r.path("reorderLevel").asInt());
      assertThat(r.path("part").asText()).isNotEqualTo(plenty.code());
      if (r.path("part").asText().equals(low.code())) {
        row = r;
      }
    }
    assertThat(row).as("the part issued down to 1 of reorder level 2").isNotNull();
    assertThat(row.path("quantity").asInt()).isEqualTo(1);
    assertThat(row.path("shortBy").asInt()).isEqualTo(1);
    assertThat(row.path("purchaseSuggestedQuantity").asInt()).as("2 x reorder level - on hand").isEqualTo(3);
    assertThat(row.path("purchaseOpenedAt").isNull()).isFalse();

    ResponseEntity<String> csv = csv("/api/stock/below-reorder");
    assertThat(csv.getBody()).startsWith("store,part,name,model,unit,quantity,reorderLevel,shortBy,")
        .contains("main," + low.code() + ",碳粉盒,MX-3070,个,1,2,1,3,").doesNotContain("main," + plenty.code())
        .contains("emergency," + plenty.code() + ",碳粉盒,MX-3070,个,0,2,2,,");
    assertThat(get("sam", "/api/stock/below-reorder").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("paul", "/api/stock/below-reorder").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("eric", "/api/stock/below-reorder").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("kate", "/api/stock/below-reorder?store=attic&part=x").getBody().path("errors")
        .findValuesAsText("field")).containsExactlyInAnyOrder("store", "part");
  }

  @Test
  @DisplayName("an engineer asks for several parts in one requisition; bad lines are 400 naming each line's field")
  void multiLineRequisitionOverHttp() {
    Part toner = StockScenario.stockedPart(stock, 4);
    Part drum = StockScenario.stockedPart(stock, 2);
    String caseNumber = cases.open(new com.aftersales.cases.NewCase("repair", "phone", "Zhou Min", "+86 138 0034 0101",
        "zhou.min@example.com", "Suzhou", "MX-3070", "SN-34001", java.time.LocalDate.now().minusMonths(2), true,
        "卡纸", null)).caseNumber();

    ResponseEntity<JsonNode> started = post("eric", "/api/stock/requisitions", """
        {"caseNumber": "%s", "reason": "更换碳粉盒和感光鼓",
         "lines": [{"part": "%s", "quantity": 2}, {"part": "%s", "quantity": 1}]}""".formatted(caseNumber,
        toner.code(), drum.code()));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(started.getBody().path("requisitionNumber").asText()).startsWith(caseNumber + "-RQ-");
    assertThat(runtimeService.getVariable(started.getBody().path("processInstanceId").asText(), "requisitionAmount"))
        .isEqualTo(240.0);

    ResponseEntity<JsonNode> bad = post("eric", "/api/stock/requisitions", """
        {"caseNumber": "%s", "reason": "x", "part": "%s",
         "lines": [{"part": "%s", "quantity": "two"}, {"part": "NO-SUCH", "quantity": 1}, {"part": "%s", "quantity": 1}]}
        """.formatted(caseNumber, toner.code(), toner.code(), toner.code()));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("lines",
        "lines[0].quantity");
    ResponseEntity<JsonNode> badLines = post("eric", "/api/stock/requisitions", """
        {"caseNumber": "%s", "reason": "x",
         "lines": [{"part": "%s", "quantity": 1}, {"part": "NO-SUCH", "quantity": 1}, {"part": "%s", "quantity": 1}]}
        """.formatted(caseNumber, toner.code(), toner.code()));
    assertThat(badLines.getBody().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
        "lines[1].part", "lines[2].part");
    assertThat(post("kate", "/api/stock/requisitions", """
        {"caseNumber": "%s", "reason": "x", "lines": [{"part": "%s", "quantity": 1}]}""".formatted(caseNumber,
        toner.code())).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("parts-requisition")
        .processInstanceBusinessKey(caseNumber).count()).as("only the good request started").isEqualTo(1);
  }

  private ResponseEntity<JsonNode> post(String user, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, user).postForEntity(path, new HttpEntity<>(json, headers), JsonNode.class);
  }

  private ResponseEntity<JsonNode> get(String user, String path) {
    return http.withBasicAuth(user, user).getForEntity(path, JsonNode.class);
  }

  private ResponseEntity<String> csv(String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
    ResponseEntity<String> answer = http.withBasicAuth("sam", "sam").exchange(path, HttpMethod.GET,
        new HttpEntity<>(headers), String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer;
  }
}
