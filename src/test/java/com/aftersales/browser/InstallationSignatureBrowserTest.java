package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.flows.installation.InstallationProcess.Elements;
import com.aftersales.flows.installation.InstallationProcess.Vars;
import com.aftersales.signatures.SignatureStore;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The customer signs the installation on the engineer's device: from the installation sign-off form in Tasklist
 * (forms/installation-commission.form) the engineer opens the signature pad, the customer draws a signature with the
 * pointer, and the 安装调试验收单 PDF prints the drawn image in its signature box with its time in company time. Once
 * with a Chinese browser and once with an English one (the pad's screen goes to docs/screens/ in English; the Chinese
 * one is CustomerSignatureBrowserTest's).
 */
class InstallationSignatureBrowserTest extends BrowserScenario {

  @Autowired TestRestTemplate rest;
  @Autowired StaffTimes times;
  @Autowired SignatureStore signatures;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "zh-CN|安装调试验收单：案件|请先签名。|签名已保存|",
      "en|Installation acceptance sheet: case|Please sign first.|Signature stored|signature-pad-en.png"})
  @DisplayName("004 跟单3.7 结束服务时由负责人要求客户在服务记录上按所需内容打勾签字后方可离开客户家中: the customer signs on the device and the 安装调试验收单 shows the signature")
  void theCustomerSignsTheInstallationOnTheDeviceAndTheAcceptanceSheetShowsIt(String language, String heading,
      String signFirst, String stored, String screen) throws IOException {
    ServiceTypeRequests.Opened opened = ServiceTypeRequests.open(rest, "installation", "Set up the copier on floor 3");
    String caseNumber = opened.caseNumber();
    String instance = opened.instance();
    awaitTask(instance, Elements.CONTACT_CUSTOMER);
    complete(instance, Elements.CONTACT_CUSTOMER, Map.of(Vars.SCOPE, "small", Vars.FACTORY_ASSISTANCE, false,
        Vars.VISIT_DATE, LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString(),
        Vars.APPOINTMENT_NOTE, "上门前半小时电话通知"));
    awaitTask(instance, Elements.ASSIGN_TEAM);
    complete(instance, Elements.ASSIGN_TEAM, Map.of(Vars.TEAM_LEADER, "Wang Qiang", Vars.INSTALLERS,
        "Wang Qiang, Zhao Lei"));
    awaitTask(instance, Elements.INSTALL_AND_COMMISSION);
    Task install = task(instance, Elements.INSTALL_AND_COMMISSION);
    taskService.claim(install.getId(), "eric");

    reopenBrowserIn(language);
    Tasklist tasklist = language.startsWith("zh") ? Tasklist.inChinese(browser) : new Tasklist(browser);
    tasklist.login("eric", "eric");
    tasklist.openTaskById(install.getId());
    WebElement link = browser.visible(
        By.xpath("//*[contains(@class,'fjs-form')]//a[starts-with(normalize-space(),'客户在本机签字')]"));
    String href = link.getAttribute("href");
    assertThat(href).endsWith("/desk/signature.html?case=" + caseNumber + "&document=installation-acceptance");
    browser.step("installation form with the signature link");

    browser.driver().get(href);
    browser.visible(By.cssSelector("#signature[data-state='ready'][data-case-number='" + caseNumber + "']"));
    assertThat(browser.bodyText()).contains(heading + " " + caseNumber);
    browser.click(By.id("save-button"));
    assertThat(browser.visible(By.cssSelector(".as-field-error[data-error-for='image']")).getText())
        .isEqualTo(signFirst);

    WebElement pad = browser.visible(By.id("signature-pad"));
    new Actions(browser.driver()).moveToElement(pad, -200, 10).clickAndHold()
        .moveByOffset(30, -30).moveByOffset(30, 40).moveByOffset(50, -40).moveByOffset(40, 30).moveByOffset(70, -10)
        .release().perform();
    assertThat(browser.driver().findElement(By.cssSelector(".as-field-error[data-error-for='image']")).getText())
        .isEmpty();
    if (screen != null) {
      DocsScreens.save(browser, screen);
    }
    browser.click(By.id("save-button"));
    assertThat(browser.visible(By.cssSelector("#signature-result[data-result='stored']")).getText()).startsWith(stored);
    browser.step("signature stored");

    ResponseEntity<byte[]> pdf = rest.withBasicAuth("mary", "mary")
        .getForEntity("/api/cases/" + caseNumber + "/documents/installation-acceptance.pdf", byte[].class);
    assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    String text = SignedPdf.textWithTheDrawnSignature(pdf.getBody());
    String signedAt = times.format(signatures.latest(caseNumber, "installation-acceptance").orElseThrow().signedAt());
    assertThat(text).contains("安装调试验收单", "组长", "Wang Qiang",
        signedAt.substring(0, signedAt.indexOf(" (")), "(Asia/Shanghai)");
  }

  private Task task(String instance, String definitionKey) {
    return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(definitionKey).singleResult();
  }

  private void complete(String instance, String definitionKey, Map<String, Object> variables) {
    taskService.complete(task(instance, definitionKey).getId(), variables);
  }
}
