package com.aftersales.flows.parts;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.Customer;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.InstalledBase;
import com.aftersales.customers.JdbcWarrantyTerms;
import com.aftersales.customers.Product;
import com.aftersales.flows.parts.PartsProcess.Elements;
import com.aftersales.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Warranty per part over HTTP as staff work it: intake finds the registered product by its serial number, customer
 * service records the lines through /engine-rest, and /api/parts-requests shows each line free or priced by its own
 * term (000 第五篇 一1). Runs on today's date: the product was bought two years ago.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PartsPerPartWarrantyHttpTest {

  @Autowired TestRestTemplate http;
  @Autowired ManagementService managementService;
  @Autowired CustomerService customers;
  @Autowired InstalledBase installedBase;
  @Autowired JdbcWarrantyTerms terms;
  final ObjectMapper json = new ObjectMapper();

  @Test
  @DisplayName("000 第五篇 一1 / §1.1.1.3 (依据仪器编号确认保修): intake finds the bed by its serial number; its"
      + " headboard, with a 5-year term of its own, is free, the door panels are charged after the bed's 12 months")
  void theSerialNumberFindsTheProductAndEachPartIsDecidedByItsOwnTerm() throws Exception {
    String model = "PW-HTTP-" + PartsCaseDriver.suffix();
    terms.register(model, null, 12);
    terms.register(model, "bed-headboard", 60);
    Customer customer = PartsCaseDriver.customer(customers, CreditGrade.C, "0");
    LocalDate today = LocalDate.now();
    Product bed = installedBase.register(customer.id(), new InstalledBase.Registration(model,
        "PW-HTTP-SN-" + PartsCaseDriver.suffix(), today.minusYears(2), null, null, "dealer"), today);

    ResponseEntity<JsonNode> created = http.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        json(Map.of("type", "parts", "channel", "phone", "customer", Map.of("id", customer.id()),
            "product", Map.of("model", model, "serialNumber", bed.serialNumber(), "purchaseProof", true),
            "description", "床头和两块门板运输中损坏")),
        JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = created.getBody().get("caseNumber").asText();
    String instance = created.getBody().get("processInstanceId").asText();

    String lines = "[" + PartsCaseDriver.HEADBOARD_18 + "," + PartsCaseDriver.DOOR_PANELS + "]";
    complete("mary", instance, Elements.RECORD_REQUEST, Map.of("partsLines", Map.of("type", "Json", "value", lines)));
    complete("paul", instance, Elements.REVIEW, Map.of("reviewDecision", Map.of("value", "approved")));

    ResponseEntity<JsonNode> list = http.withBasicAuth("mary", "mary")
        .getForEntity("/api/parts-requests?caseNumber=" + caseNumber, JsonNode.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode request = list.getBody().get(0);
    assertThat(request.get("lines").findValuesAsText("priceSource")).containsExactly("warranty", "price-table");
    assertThat(request.get("lines").get(0).get("amount").decimalValue()).isZero();
    assertThat(request.get("totalAmount").decimalValue()).isEqualByComparingTo("340");
  }

  private void complete(String user, String instance, String taskKey, Map<String, Object> variables) throws Exception {
    Jobs.runDue(managementService, instance);
    List<JsonNode> found = tasks(user, instance, taskKey);
    assertThat(found).as("%s sees task %s", user, taskKey).hasSize(1);
    ResponseEntity<String> done = http.withBasicAuth(user, user).postForEntity(
        "/engine-rest/task/" + found.get(0).get("id").asText() + "/complete",
        json(Map.of("variables", variables)), String.class);
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    Jobs.runDue(managementService, instance);
  }

  private List<JsonNode> tasks(String user, String instance, String taskKey) {
    ResponseEntity<JsonNode> response = http.withBasicAuth(user, user).getForEntity(
        "/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey, JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return java.util.stream.StreamSupport.stream(response.getBody().spliterator(), false).toList();
  }

  private HttpEntity<String> json(Object body) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(json.writeValueAsString(body), headers);
  }
}
