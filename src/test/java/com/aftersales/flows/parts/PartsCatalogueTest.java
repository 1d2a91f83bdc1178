package com.aftersales.flows.parts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.flows.parts.PartsProcess.Elements;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The parts forms offer the catalogue of the case's product line: a copier's spare parts from its model's price
 * list, a bed's 附表 items; a part outside the case's catalogue is refused, on submit and in lines a caller sends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PartsCatalogueTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired PriceList priceList;
  @Autowired PartsCatalogues catalogues;

  @BeforeEach
  void copierPrices() {
    priceList.put("MX-3070", "drum-unit", "", "each", new BigDecimal("420.00"), "paul", Instant.now());
    priceList.put("MX-3070", "fuser-unit", "", "each", new BigDecimal("680.00"), "paul", Instant.now());
  }

  @Test
  @DisplayName("004 附表 \"下列部件如价格表有单独核算价格则根据价格表核算\": a copier case's record form offers the copier's price-list parts, no bed parts")
  void aCopierCaseOffersItsPriceListParts() {
    String instance = start("MX-3070", null);
    Task record = task(instance, Elements.RECORD_REQUEST);
    assertThat(offered(record)).contains("drum-unit", "fuser-unit").endsWith("other")
        .doesNotContainAnyElementsOf(PartsProcess.PRICED_PARTS);
    assertThat(catalogues.lineOf("MX-3070")).isEqualTo(ProductLine.COPIER);
  }

  @Test
  @DisplayName("004 附表: a furniture case's record form offers the 附表 items (床头, 床边 …) and other")
  void aFurnitureCaseOffersTheAppendixItems() {
    String instance = start("Bed B-180", null);
    Task record = task(instance, Elements.RECORD_REQUEST);
    assertThat(offered(record)).startsWith("bed-headboard", "bed-rail").contains("dressing-mirror").endsWith("other")
        .doesNotContain("drum-unit");
  }

  @Test
  @DisplayName("a bed part submitted on a copier case is refused, naming the line's field, and the task stays open")
  void aPartOutsideTheCatalogueIsRefusedOnSubmit() {
    String instance = start("MX-3070", null);
    Task record = task(instance, Elements.RECORD_REQUEST);
    assertThatThrownBy(() -> taskService.complete(record.getId(), Map.of("partsLines", lines("bed-headboard"))))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("partsLines.0.part must be one of").hasMessageContaining("drum-unit")
        .hasMessageContaining("'bed-headboard'");
    assertThat(taskService.createTaskQuery().taskId(record.getId()).count()).isOne();

    taskService.complete(record.getId(), Map.of("partsLines", lines("drum-unit")));
    Task review = task(instance, Elements.REVIEW);
    assertThat(offered(review)).contains("drum-unit");
    JsonNode saved = PartsLines.tree(runtimeService.getVariable(instance, "partsLines"));
    assertThat(saved.get(0).path("part").asText()).isEqualTo("drum-unit");
    assertThat(saved.get(0).path("unitPrice").decimalValue()).isEqualByComparingTo("420.00");
  }

  @Test
  @DisplayName("a caller's line with a copier part on a furniture case goes back to customer service with the problem named")
  void aCallersLineOutsideTheCatalogueIsSentBack() {
    String instance = start("Bed B-180", lines("drum-unit"));
    task(instance, Elements.RECORD_REQUEST);
    assertThat((String) runtimeService.getVariable(instance, "partsLinesProblems"))
        .contains("第 1 行：价目表项目须为本产品线配件目录中的一项").contains("bed-headboard");
  }

  /** A parts case of the model through intake; with lines, a caller's parts request on a repair case of it. */
  private String start(String model, Object lines) {
    ResponseEntity<JsonNode> created = http.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", lines == null ? "parts" : "repair", "channel", "phone",
            "customer", Map.of("name", "Zhao Min", "phone", "13700001111", "address", "Hangzhou"),
            "product", Map.of("model", model, "purchaseDate", "2025-10-01"),
            "description", "A part is worn out"), JsonNode.class);
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    String caseNumber = created.getBody().path("caseNumber").asText();
    if (lines == null) {
      return created.getBody().path("processInstanceId").asText();
    }
    return runtimeService.startProcessInstanceByKey("parts-approval", caseNumber + "-CALLER", Map.of(
        "caseNumber", caseNumber, "customerName", "Zhao Min", "productModel", model, "partsLines", lines)).getId();
  }

  private Task task(String instance, String key) {
    Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
    assertThat(task).as(key).isNotNull();
    return task;
  }

  private List<String> offered(Task task) {
    List<String> values = new ArrayList<>();
    try {
      JSON.readTree(String.valueOf(taskService.getVariableLocal(task.getId(), "partsCatalogue")))
          .forEach(o -> values.add(o.path("value").asText()));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    return values;
  }

  private static Object lines(String part) {
    return SpinValues.jsonValue("[{\"partName\":\"Part\",\"part\":\"" + part + "\",\"partCategory\":\"hardware\","
        + "\"colour\":\"grey\",\"quantity\":1,\"batchNumber\":\"B1\",\"inspectionNumber\":\"QC-1\","
        + "\"reason\":\"worn out after two years\"}]").create();
  }
}
