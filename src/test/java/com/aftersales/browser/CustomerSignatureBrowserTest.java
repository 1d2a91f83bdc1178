package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.flows.repair.RepairService;
import com.aftersales.signatures.SignatureStore;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The customer signs on the engineer's device: from the repair's sign-off form in Tasklist (zh-CN) the engineer opens
 * the signature pad, the customer draws a signature with the pointer, and the service report PDF prints the drawn
 * image in the 客户签字 box with its time in company time.
 */
class CustomerSignatureBrowserTest extends BrowserScenario {

  @Autowired RuntimeService runtimeService;
  @Autowired CaseService caseService;
  @Autowired RepairService repairService;
  @Autowired TestRestTemplate rest;
  @Autowired StaffTimes times;
  @Autowired SignatureStore signatures;

  @Test
  @DisplayName("000 §1.3.6 维修的仪器经检验可正常使用需由客户确认和签单: the customer signs on the device and the service report shows the signature")
  void theCustomerSignsOnTheDeviceAndTheServiceReportShowsIt() throws IOException {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String caseNumber = caseService.open(new NewCase("repair", "phone", "签字" + suffix.substring(0, 4), "13500135993",
        null, null, "WM-1200", "SN-SIG-" + suffix, LocalDate.now().minusMonths(2), true, "滚筒不转", null))
        .caseNumber();
    repairService.dispatch(caseNumber, "eric", "2026-12-08 09:00");
    repairService.repairReport(caseNumber, "eric", "电机碳刷磨损", "碳刷 CB-12 ×2", "returned", "已试机");
    String instance = runtimeService.createProcessInstanceByKey("repair").businessKey(caseNumber)
        .setVariables(Map.of("caseNumber", caseNumber, "customerName", "签字客户", "productModel", "WM-1200",
            "engineer", "eric", "appointmentAt", new Date(System.currentTimeMillis() + 3600_000L)))
        .startBeforeActivity("Task_ObtainSignOff").execute().getId();
    caseService.attachProcessInstance(caseNumber, instance);
    awaitTask(instance, "Task_ObtainSignOff");
    Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_ObtainSignOff")
        .singleResult();

    reopenBrowserIn("zh-CN");
    Tasklist tasklist = Tasklist.inChinese(browser);
    tasklist.login("eric", "eric");
    tasklist.openTaskById(task.getId());
    WebElement link = browser.visible(By.xpath("//*[contains(@class,'fjs-form')]//a[starts-with(normalize-space(),'客户在本机签字')]"));
    String href = link.getAttribute("href");
    assertThat(href).endsWith("/desk/signature.html?case=" + caseNumber + "&document=service-report");
    browser.step("sign-off form with the signature link");

    browser.driver().get(href);
    browser.visible(By.cssSelector("#signature[data-state='ready'][data-case-number='" + caseNumber + "']"));
    assertThat(browser.bodyText()).contains("客户签字", "维修服务报告：案件 " + caseNumber);
    browser.click(By.id("save-button"));
    assertThat(browser.visible(By.cssSelector(".as-field-error[data-error-for='image']")).getText()).isEqualTo("请先签名。");

    WebElement pad = browser.visible(By.id("signature-pad"));
    new Actions(browser.driver()).moveToElement(pad, -200, 10).clickAndHold()
        .moveByOffset(40, -30).moveByOffset(40, 50).moveByOffset(40, -50).moveByOffset(40, 40).moveByOffset(60, -20)
        .release().perform();
    assertThat(browser.driver().findElement(By.cssSelector(".as-field-error[data-error-for='image']")).getText()).isEmpty();
    DocsScreens.save(browser, "signature-pad-zh-CN.png");
    browser.click(By.id("save-button"));
    WebElement stored = browser.visible(By.cssSelector("#signature-result[data-result='stored']"));
    assertThat(stored.getText()).startsWith("签名已保存");
    browser.step("signature stored");

    ResponseEntity<byte[]> pdf = rest.withBasicAuth("mary", "mary")
        .getForEntity("/api/cases/" + caseNumber + "/documents/service-report.pdf", byte[].class);
    assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    String text = SignedPdf.textWithTheDrawnSignature(pdf.getBody());
    String signedAt = times.format(signatures.latest(caseNumber, "service-report").orElseThrow().signedAt());
    assertThat(text).contains("客户签字", signedAt.substring(0, signedAt.indexOf(" (")), "(Asia/Shanghai)");
  }
}
