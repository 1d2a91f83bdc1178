package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.flows.FirstContact;
import com.aftersales.flows.parts.PartsLines;
import com.aftersales.flows.parts.PartsProcess.Elements;
import com.aftersales.flows.parts.PriceList;
import com.aftersales.security.StaffGroups;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The parts forms in Tasklist (zh-CN) offer the catalogue of the case's product line: a copier case's record form
 * lists the copier's spare parts from its model's price list, a furniture case's the 004 附表 items; both requests
 * are recorded and reviewed in Tasklist.
 */
class TasklistPartsCatalogueBrowserTest extends BrowserScenario {

  private static final String PART = "价目表项目";

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired PriceList priceList;

  @Test
  @DisplayName("004 附表 \"如价格表有单独核算价格则根据价格表核算\": a copier case's parts form offers the copier's spare parts, and is worked in Tasklist")
  @CompletesForms(zh = {"parts-record-request", "parts-review"})
  void aCopierCaseOffersCopierParts() {
    priceList.put("MX-3070", "drum-unit", "", "each", new BigDecimal("420.00"), "paul", Instant.now());
    priceList.put("MX-3070", "fuser-unit", "", "each", new BigDecimal("680.00"), "paul", Instant.now());
    String[] created = newPartsCase("MX-3070");
    List<String> offered = recordAndReview(created, "drum-unit（价目表）", null, "parts-catalogue-copier-zh-CN.png");
    assertThat(offered).contains("drum-unit（价目表）", "fuser-unit（价目表）", "其他（由计划部定价）")
        .doesNotContain("床头", "穿衣镜");
    JsonNode line = PartsLines.tree(runtimeService.getVariable(created[1], "partsLines")).get(0);
    assertThat(line.path("part").asText()).isEqualTo("drum-unit");
    assertThat(line.path("unitPrice").decimalValue()).isEqualByComparingTo("420.00");
  }

  @Test
  @DisplayName("004 附表 (床高头, 床杠, 床脚, 门板, 妆镜 …): a furniture case's parts form offers the furniture parts, and is worked in Tasklist")
  @CompletesForms(zh = {"parts-record-request", "parts-review"})
  void aFurnitureCaseOffersFurnitureParts() {
    String[] created = newPartsCase("Bed B-180");
    List<String> offered = recordAndReview(created, "床头", "1.8 米", "parts-catalogue-furniture-zh-CN.png");
    assertThat(offered).contains("床头", "床边套件（一对，含内边）", "门板", "穿衣镜", "其他（由计划部定价）")
        .doesNotContain("drum-unit（价目表）");
    assertThat(PartsLines.tree(runtimeService.getVariable(created[1], "partsLines")).get(0).path("part").asText())
        .isEqualTo("bed-headboard");
  }

  /**
   * Records one line with the given catalogue item (and bed size, which the 附表 prices by) and approves it; the
   * options the record form offered.
   */
  private List<String> recordAndReview(String[] created, String item, String bedSize, String screen) {
    String caseNumber = created[0];
    String instance = created[1];
    reopenBrowserIn("zh-CN");
    Tasklist tasklist = Tasklist.inChinese(browser);
    awaitTask(instance, Elements.RECORD_REQUEST);
    tasklist.login("mary", "mary");
    List<String>[] offered = new List[1];
    tasklist.work(groupTasks(StaffGroups.CUSTOMER_SERVICE), caseNumber, "录入补件申请（补件汇总表）", true, () -> {
      String line = Tasklist.group("第 1 行");
      tasklist.fillText(line, "标准配件名称", "配件一");
      offered[0] = options(line);
      browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()=" + Tasklist.literal(item) + "]"));
      tasklist.chooseSelect(line, "类别（生产周期）", "五金件（2 天内）");
      if (bedSize != null) {
        tasklist.chooseSelect(line, "床的尺寸", bedSize);
      }
      tasklist.fillText(line, "产品颜色", "灰色");
      tasklist.fillText(line, "数量", "1");
      tasklist.fillText(line, "包装批号", "B2026-1");
      tasklist.fillText(line, "产品检验编号", "QC-1");
      tasklist.fillText(line, "原因", "使用两年后磨损");
      DocsScreens.save(browser, screen);
    });
    awaitTask(instance, Elements.REVIEW);

    tasklist.login("paul", "paul");
    tasklist.work(groupTasks(StaffGroups.PLANNING), caseNumber, "审核补件申请", true, () -> {
      WebElement shown = browser.visible(By.xpath(Tasklist.group("第 1 行") + Tasklist.ownField(PART)));
      assertThat(shown.getText()).contains(item);
      tasklist.chooseRadio("批准");
    });
    awaitTask(instance, Elements.CONFIRM_PAYMENT);
    assertThat(runtimeService.getVariable(instance, "reviewDecision")).isEqualTo("approved");
    return offered[0];
  }

  /** Opens the line's part list and reads what it offers (the list stays open for the choice). */
  private List<String> options(String line) {
    browser.click(By.xpath(line + Tasklist.ownField(PART)
        + "//*[contains(@class,'fjs-input-group') or contains(@class,'fjs-select-display')]"));
    browser.visible(By.cssSelector(".fjs-dropdownlist-item"));
    return browser.driver().findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .map(e -> e.getText().trim()).toList();
  }

  private String[] newPartsCase(String model) {
    ResponseEntity<JsonNode> response = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", "parts", "channel", "phone",
            "customer", Map.of("name", "Zhao Min", "phone", "13700001111", "address", "Hangzhou"),
            "product", Map.of("model", model, "purchaseDate", "2025-10-01"),
            "description", "A part is worn out"),
        JsonNode.class);
    assertThat(response.getStatusCode().value()).isEqualTo(201);
    String instance = response.getBody().path("processInstanceId").asText();
    awaitTask(instance, FirstContact.CONTACT_CUSTOMER);
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(FirstContact.CONTACT_CUSTOMER).singleResult().getId(),
        Map.of(FirstContact.CONTACT_NOTE, "Called the customer about the parts"));
    return new String[] {response.getBody().path("caseNumber").asText(), instance};
  }
}
