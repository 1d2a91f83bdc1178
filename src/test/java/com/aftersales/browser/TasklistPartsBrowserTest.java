package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.flows.FirstContact;
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
  @CompletesForms(
      en = {"parts-approve-unpack", "parts-arrange-shipping", "parts-book-in", "parts-confirm-payment",
          "parts-correct", "parts-make", "parts-negotiate-urgent", "parts-pickup-notice", "parts-put-back",
          "parts-record-request", "parts-review", "parts-ship", "parts-unpack-package"})
  void everyPartsFormIsCompletedInTasklistByItsGroup() {
    String[] created = newPartsCase();
    String caseNumber = created[0];
    String instance = created[1];
    Tasklist tasklist = new Tasklist(browser);
    awaitTask(instance, Elements.RECORD_REQUEST);

    // Customer service records two lines: one from the price table, one for planning to price.
    tasklist.login("mary", "mary");
    tasklist.work(groupTasks(StaffGroups.CUSTOMER_SERVICE), caseNumber, "录入补件申请（补件汇总表）", true, () -> {
      fillLine(tasklist, 1, "Headboard 1.8 m", "床头", "双面亮光板（10-12 天）");
      tasklist.tick(Tasklist.group("第 1 行"), "添加第 2 行");
      fillLine(tasklist, 2, "Bed rail fitting set", null, "五金件（2 天内）");
      tasklist.tick("", "客户无法等待");
      tasklist.tick("", "加急");
    });
    awaitTask(instance, Elements.REVIEW);
    JsonNode lines = partsLines(instance);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).path("part").asText()).isEqualTo("bed-headboard");
    assertThat(lines.get(1).path("partCategory").asText()).isEqualTo("hardware");

    tasklist.login("paul", "paul");
    tasklist.work(groupTasks(StaffGroups.PLANNING), caseNumber, "审核补件申请", true, () -> {
      tasklist.fillText(Tasklist.group("第 2 行"), "单价", "35");
      tasklist.chooseRadio("批准");
    });
    awaitTask(instance, Elements.APPROVE_UNPACK);
    assertThat(runtimeService.getVariable(instance, "reviewDecision")).isEqualTo("approved");

    tasklist.login("mark", "mark");
    tasklist.work(groupTasks(StaffGroups.MARKETING_MANAGERS), caseNumber, "批准拆包取件", true,
        () -> tasklist.chooseRadio("批准拆包"));
    awaitTask(instance, Elements.UNPACK_PACKAGE);

    tasklist.login("mary", "mary");
    tasklist.work(groupTasks(StaffGroups.CUSTOMER_SERVICE), caseNumber, "拆包取件并做标识", true, () -> {
      tasklist.fillText("包装编号", "PKG-2026-7");
      tasklist.tick("", "已拆包装已做标识");
    });
    awaitTask(instance, Elements.CONFIRM_PAYMENT);
    awaitTask(instance, Elements.NEGOTIATE_URGENT);

    tasklist.login("fiona", "fiona");
    // form parts-confirm-payment
    tasklist.work(groupTasks(StaffGroups.FINANCE), caseNumber, "确认客户付款", true, () -> {
      tasklist.fillText("实收金额", String.valueOf(runtimeService.getVariable(instance, "partsTotalAmount")));
      tasklist.fillText("付款凭证号", "ICBC-2026-42");
    });

    tasklist.login("pete", "pete");
    tasklist.work(groupTasks(StaffGroups.PRODUCTION), caseNumber, "商定加急完工日期", true,
        () -> tasklist.fillDate("商定的完工日期", LocalDate.now().plusDays(3)));
    awaitTask(instance, Elements.MAKE_PARTS);
    tasklist.work(groupTasks(StaffGroups.PRODUCTION), caseNumber, "生产、检验并包装配件", true,
        () -> tasklist.tick("", "配件已生产、检验并包装"));
    awaitTask(instance, Elements.ENTER_PICKUP_NOTICE);

    tasklist.login("mary", "mary");
    // form parts-pickup-notice (000 §3.2)
    tasklist.work(groupTasks(StaffGroups.CUSTOMER_SERVICE), caseNumber, "登记厂方取货通知", true, () -> {
      tasklist.fillText("取货通知编号或日期", "TH-2026-0301");
      tasklist.fillText("取货地点", "工厂 2 号门");
    });
    awaitTask(instance, Elements.BOOK_INTO_WAREHOUSE);

    tasklist.login("walt", "walt");
    tasklist.work(groupTasks(StaffGroups.WAREHOUSE), caseNumber, "配件入成品仓库", true,
        () -> tasklist.fillText("库位", "R-7-3"));
    awaitTask(instance, Elements.PUT_PARTS_BACK);
    tasklist.work(groupTasks(StaffGroups.WAREHOUSE), caseNumber, "将新配件补回已拆的包装", true,
        () -> tasklist.tick("", "配件已补回，包装已封好"));
    awaitTask(instance, Elements.ARRANGE_SHIPPING);

    tasklist.login("mary", "mary");
    arrangeShipping(tasklist, caseNumber, "DN-1001");
    awaitTask(instance, Elements.SHIP_PARTS);

    tasklist.login("sally", "sally");
    // form parts-ship
    tasklist.work(groupTasks(StaffGroups.SALES), caseNumber, "随客户货物发出配件", true, () -> {
      tasklist.chooseRadio("错发或漏发");
      tasklist.fillText("错发或漏发的内容", "The bed rail is missing from the delivery");
    });
    awaitTask(instance, Elements.CORRECT_PARTS);

    tasklist.login("mary", "mary");
    tasklist.work(groupTasks(StaffGroups.CUSTOMER_SERVICE), caseNumber, "处理错发或漏发的配件", true,
        () -> tasklist.fillText("处理内容", "The bed rail was packed with the next delivery"));
    awaitTask(instance, Elements.ARRANGE_SHIPPING);
    arrangeShipping(tasklist, caseNumber, "DN-1002");
    awaitTask(instance, Elements.SHIP_PARTS);

    tasklist.login("sally", "sally");
    tasklist.work(groupTasks(StaffGroups.SALES), caseNumber, "随客户货物发出配件", true,
        () -> tasklist.chooseRadio("已发货，配件正确齐全"));
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
  @CompletesForms(en = {"parts-record-request", "parts-review"})
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
    assertThat(runtimeService.getVariable(instance, "partsLinesProblems")).asString().contains("第 2 行：类别为必填项");
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("mary", "mary");
    tasklist.work(groupTasks(StaffGroups.CUSTOMER_SERVICE), caseNumber, "录入补件申请（补件汇总表）", true, () -> {
      assertThat(browser.visible(org.openqa.selenium.By.xpath(Tasklist.ownField("待更正") + "//textarea"))
          .getDomProperty("value")).contains("第 2 行：类别为必填项");
      tasklist.chooseSelect(Tasklist.group("第 2 行"), "类别（生产周期）", "五金件（2 天内）");
    });
    awaitTask(instance, Elements.REVIEW);
    assertThat(partsLines(instance)).hasSize(2);
    assertThat(partsLines(instance).get(1).path("partCategory").asText()).isEqualTo("hardware");

    tasklist.login("paul", "paul");
    tasklist.work(groupTasks(StaffGroups.PLANNING), caseNumber, "审核补件申请", true, () -> {
      tasklist.chooseRadio("驳回");
      tasklist.fillText("驳回理由", "This door panel is no longer made; offer the successor model");
    });
    Jobs.runDue(managementService, instance);
    browser.waitFor(d -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("reviewDecision").singleResult().getValue()).isEqualTo("rejected");
  }

  /** One line of the record form; a null price item keeps "其他", a null category leaves it out. */
  private static void fillLine(Tasklist tasklist, int no, String partName, String priceItem, String category) {
    String line = Tasklist.group("第 " + no + " 行");
    tasklist.fillText(line, "标准配件名称", partName);
    if (priceItem != null) {
      tasklist.chooseSelect(line, "价目表项目", priceItem);
    }
    if (category != null) {
      tasklist.chooseSelect(line, "类别（生产周期）", category);
    }
    tasklist.chooseSelect(line, "床的尺寸", "1.8 米");
    tasklist.fillText(line, "产品颜色", "walnut");
    tasklist.fillText(line, "数量", "1");
    tasklist.fillText(line, "包装批号", "B2026-" + no);
    tasklist.fillText(line, "产品检验编号", "QC-" + no);
    tasklist.fillText(line, "原因", "Cracked in transport");
  }

  private void arrangeShipping(Tasklist tasklist, String caseNumber, String deliveryNote) {
    tasklist.work(groupTasks(StaffGroups.CUSTOMER_SERVICE), caseNumber, "核对汇总表并安排发货", true, () -> {
      tasklist.fillText("送货单号", deliveryNote);
      tasklist.fillDate("客户下一批货物", LocalDate.now().plusDays(2));
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
    String[] created = newCase("parts");
    // customer service's first contact beside the parts steps (its form has its own browser test)
    awaitTask(created[1], FirstContact.CONTACT_CUSTOMER);
    taskService.complete(taskService.createTaskQuery().processInstanceId(created[1])
        .taskDefinitionKey(FirstContact.CONTACT_CUSTOMER).singleResult().getId(),
        Map.of(FirstContact.CONTACT_NOTE, "Called the customer about the parts"));
    return created;
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
