package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.flows.parts.PartsProcess.Elements;
import com.aftersales.security.StaffGroups;
import com.aftersales.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every form of the parts-approval flow (forms/parts-*.form) opened and completed in Tasklist by a member of its
 * group, on the paths that reach it: lines recorded in the form (also after the check sent them back), reviewed,
 * unpacking approved, paid, made urgently, booked in, put back, shipped wrong, corrected and shipped again; and a
 * rejected review. Tasklist 7.24 keeps Complete disabled while form-js holds any error entry, so each completion
 * here proves the form leaves none behind.
 */
class TasklistPartsBrowserTest extends BrowserScenario {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;

  @Test
  @DisplayName("a chargeable, urgent parts request with unpacking is worked through every parts form in Tasklist")
  void everyPartsFormIsCompletedInTasklistByItsGroup() {
    String[] created = newPartsCase();
    String caseNumber = created[0];
    String instance = created[1];
    Tasklist tasklist = new Tasklist(browser);
    awaitTask(instance, Elements.RECORD_REQUEST);

    // Customer service records two lines: one from the price table, one for planning to price.
    tasklist.login("mary", "mary");
    tasklist.work(groupTasks(StaffGroups.CUSTOMER_SERVICE), caseNumber, "Record the parts request (parts summary)", true, () -> {
      fillLine(tasklist, 1, "Headboard 1.8 m", "Bed headboard", "Double-sided gloss panel (10-12 days)");
      tasklist.tick(Tasklist.group("Line 1"), "Add line 2");
      fillLine(tasklist, 2, "Bed rail fitting set", null, "Hardware (within 2 days)");
      tasklist.tick("", "Customer cannot wait");
      tasklist.tick("", "Urgent");
    });
    awaitTask(instance, Elements.REVIEW);
    JsonNode lines = partsLines(instance);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).path("part").asText()).isEqualTo("bed-headboard");
    assertThat(lines.get(1).path("partCategory").asText()).isEqualTo("hardware");

    tasklist.login("paul", "paul");
    tasklist.work(groupTasks(StaffGroups.PLANNING), caseNumber, "Review the parts request", true, () -> {
      tasklist.fillText(Tasklist.group("Line 2"), "Unit price (yuan)", "35");
      tasklist.chooseRadio("Approve");
    });
    awaitTask(instance, Elements.APPROVE_UNPACK);
    assertThat(runtimeService.getVariable(instance, "reviewDecision")).isEqualTo("approved");

    tasklist.login("mark", "mark");
    tasklist.work(groupTasks(StaffGroups.MARKETING_MANAGERS), caseNumber, "Approve unpacking a finished package", true,
        () -> tasklist.chooseRadio("Approve unpacking"));
    awaitTask(instance, Elements.UNPACK_PACKAGE);

    tasklist.login("mary", "mary");
    tasklist.work(groupTasks(StaffGroups.CUSTOMER_SERVICE), caseNumber, "Unpack, take the parts and mark the package", true, () -> {
      tasklist.fillText("Package number", "PKG-2026-7");
      tasklist.tick("", "The opened package is marked");
    });
    awaitTask(instance, Elements.CONFIRM_PAYMENT);
    awaitTask(instance, Elements.NEGOTIATE_URGENT);

    tasklist.login("fiona", "fiona");
    // form parts-confirm-payment
    tasklist.work(groupTasks(StaffGroups.FINANCE), caseNumber, "Confirm the customer's payment", true, () -> {
      tasklist.fillText("Amount received (yuan)", String.valueOf(runtimeService.getVariable(instance, "partsTotalAmount")));
      tasklist.fillText("Payment reference", "ICBC-2026-42");
    });

    tasklist.login("pete", "pete");
    tasklist.work(groupTasks(StaffGroups.PRODUCTION), caseNumber, "Agree an urgent ready date", true,
        () -> tasklist.fillDate("Agreed ready date", LocalDate.now().plusDays(3)));
    awaitTask(instance, Elements.MAKE_PARTS);
    tasklist.work(groupTasks(StaffGroups.PRODUCTION), caseNumber, "Make, inspect and pack the parts", true,
        () -> tasklist.tick("", "Parts made, inspected and packed"));
    awaitTask(instance, Elements.BOOK_INTO_WAREHOUSE);

    tasklist.login("walt", "walt");
    tasklist.work(groupTasks(StaffGroups.WAREHOUSE), caseNumber, "Book the parts into the finished-goods warehouse", true,
        () -> tasklist.fillText("Warehouse location", "R-7-3"));
    awaitTask(instance, Elements.PUT_PARTS_BACK);
    tasklist.work(groupTasks(StaffGroups.WAREHOUSE), caseNumber, "Put the new parts back into the opened package", true,
        () -> tasklist.tick("", "Parts put back and the package closed"));
    awaitTask(instance, Elements.ARRANGE_SHIPPING);

    tasklist.login("mary", "mary");
    arrangeShipping(tasklist, caseNumber, "DN-1001");
    awaitTask(instance, Elements.SHIP_PARTS);

    tasklist.login("sally", "sally");
    // form parts-ship
    tasklist.work(groupTasks(StaffGroups.SALES), caseNumber, "Ship the parts with the customer's delivery", true, () -> {
      tasklist.chooseRadio("Wrong or missing parts");
      tasklist.fillText("What is wrong or missing", "The bed rail is missing from the delivery");
    });
    awaitTask(instance, Elements.CORRECT_PARTS);

    tasklist.login("mary", "mary");
    tasklist.work(groupTasks(StaffGroups.CUSTOMER_SERVICE), caseNumber, "Correct the wrong or missing parts", true,
        () -> tasklist.fillText("What was corrected", "The bed rail was packed with the next delivery"));
    awaitTask(instance, Elements.ARRANGE_SHIPPING);
    arrangeShipping(tasklist, caseNumber, "DN-1002");
    awaitTask(instance, Elements.SHIP_PARTS);

    tasklist.login("sally", "sally");
    tasklist.work(groupTasks(StaffGroups.SALES), caseNumber, "Ship the parts with the customer's delivery", true,
        () -> tasklist.chooseRadio("Shipped, parts right and complete"));
    Jobs.runDue(managementService, instance);
    browser.waitFor(d -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1);

    JsonNode request = partsRequest(caseNumber);
    assertThat(request.path("status").asText()).isEqualTo("DELIVERED");
    assertThat(request.path("reviewedBy").asText()).isEqualTo("paul");
    assertThat(request.path("lines")).hasSize(2);
    assertThat(request.path("lines").get(1).path("unitPrice").decimalValue()).isEqualByComparingTo("35");
  }

  @Test
  @DisplayName("planning rejects a parts request in Tasklist with a reason, and the request closes as rejected")
  void planningRejectsAPartsRequestInTasklist() {
    // A caller (the engine REST API or a Java caller) starts the flow with lines, one of them incomplete: the check
    // sends them to customer service's record form with what to correct.
    // A repair case (its own first task is the assessment), whose parts request a caller starts.
    String caseNumber = newCase("repair")[0];
    String lines = "[{\"partName\":\"Door panel\",\"part\":\"door-panel\",\"partCategory\":\"single-sided-gloss-panel\","
        + "\"colour\":\"white\",\"quantity\":1,\"batchNumber\":\"B1\",\"inspectionNumber\":\"QC-1\",\"reason\":\"scratched\"},"
        + "{\"partName\":\"Door hinge\",\"colour\":\"silver\",\"quantity\":2,\"batchNumber\":\"B1\","
        + "\"inspectionNumber\":\"QC-1\",\"reason\":\"bent in transport\"}]";
    String instance = runtimeService.startProcessInstanceByKey("parts-approval", caseNumber + "-CALLER", Map.of(
        "caseNumber", caseNumber, "customerName", "Zhao Min", "productModel", "Wardrobe W-2",
        "partsLines", org.camunda.spin.plugin.variable.SpinValues.jsonValue(lines).create())).getId();
    awaitTask(instance, Elements.RECORD_REQUEST);
    assertThat(runtimeService.getVariable(instance, "partsLinesProblems")).asString().contains("Line 2", "category");
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("mary", "mary");
    tasklist.work(groupTasks(StaffGroups.CUSTOMER_SERVICE), caseNumber, "Record the parts request (parts summary)", true, () -> {
      assertThat(browser.visible(org.openqa.selenium.By.xpath(Tasklist.ownField("To correct") + "//textarea"))
          .getDomProperty("value")).contains("Line 2: category is required");
      tasklist.chooseSelect(Tasklist.group("Line 2"), "Category (lead time)", "Hardware (within 2 days)");
    });
    awaitTask(instance, Elements.REVIEW);
    assertThat(partsLines(instance)).hasSize(2);
    assertThat(partsLines(instance).get(1).path("partCategory").asText()).isEqualTo("hardware");

    tasklist.login("paul", "paul");
    tasklist.work(groupTasks(StaffGroups.PLANNING), caseNumber, "Review the parts request", true, () -> {
      tasklist.chooseRadio("Reject");
      tasklist.fillText("Reason for the rejection", "This door panel is no longer made; offer the successor model");
    });
    Jobs.runDue(managementService, instance);
    browser.waitFor(d -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("reviewDecision").singleResult().getValue()).isEqualTo("rejected");
  }

  /** One line of the record form; a null price item keeps "Other", a null category leaves it out. */
  private static void fillLine(Tasklist tasklist, int no, String partName, String priceItem, String category) {
    String line = Tasklist.group("Line " + no);
    tasklist.fillText(line, "Standard part name", partName);
    if (priceItem != null) {
      tasklist.chooseSelect(line, "Price-table item", priceItem);
    }
    if (category != null) {
      tasklist.chooseSelect(line, "Category (lead time)", category);
    }
    tasklist.chooseSelect(line, "Bed size", "1.8 m");
    tasklist.fillText(line, "Product colour", "walnut");
    tasklist.fillText(line, "Quantity", "1");
    tasklist.fillText(line, "Batch number of the package", "B2026-" + no);
    tasklist.fillText(line, "Inspection number of the product", "QC-" + no);
    tasklist.fillText(line, "Reason", "Cracked in transport");
  }

  private void arrangeShipping(Tasklist tasklist, String caseNumber, String deliveryNote) {
    tasklist.work(groupTasks(StaffGroups.CUSTOMER_SERVICE), caseNumber, "Check the summary and arrange shipping", true, () -> {
      tasklist.fillText("Delivery note number", deliveryNote);
      tasklist.fillDate("Customer's next delivery", LocalDate.now().plusDays(2));
    });
  }

  private JsonNode partsLines(String instance) {
    return com.aftersales.flows.parts.PartsLines.tree(runtimeService.getVariable(instance, "partsLines"));
  }

  private JsonNode partsRequest(String caseNumber) {
    ResponseEntity<JsonNode> list = rest.withBasicAuth("mary", "mary")
        .getForEntity("/api/parts-requests?caseNumber=" + caseNumber, JsonNode.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    return list.getBody().get(0);
  }

  private String[] newPartsCase() {
    return newCase("parts");
  }

  private String[] newCase(String type) {
    ResponseEntity<JsonNode> response = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", type, "channel", "phone",
            "customer", Map.of("name", "Zhao Min", "phone", "13700001111", "email", "zhao.min@example.com", "address", "Hangzhou"),
            "product", Map.of("model", "Bed B-180", "purchaseDate", "2025-10-01"),
            "description", "Headboard cracked in transport"),
        JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return new String[] {response.getBody().path("caseNumber").asText(), response.getBody().path("processInstanceId").asText()};
  }
}
