package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.testsupport.Jobs;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Customer service at the desk in Chromium, signed in to Tasklist: a walk-in is registered (a wrong phone number is
 * shown next to its field first), found again by phone, and its case file shows the open task, the timeline and the
 * acknowledgement mail. Once in Chinese (the staff's language) and once in English; the register form with its field
 * errors and the case file go to docs/screens/ in both languages.
 */
class DeskBrowserTest extends BrowserScenario {

  static final String TASKLIST = "/camunda/app/tasklist/default/";
  static final String DESK = "/desk/desk.html";

  @Autowired CaseService caseService;

  @Test
  void customerServiceRegistersAWalkInAndOpensItsCaseFileInChinese() {
    reopenBrowserIn("zh-CN");
    String serial = "SN-ZH-" + UUID.randomUUID().toString().substring(0, 6);
    String caseNumber = registerAndFind("mary", serial, "请更正标出的字段。", "为必填项", "已登记，案件号",
        "desk-register-zh-CN.png");

    assertThat(browser.bodyText()).contains("售后服务台", "当前任务", "经过（谁在何时做了什么）", "已发邮件", "处理中",
        "王芳", "138 0013 8000", "到店");

    // the case file again after the acknowledgement went out: its mail and the open assessment task
    Jobs.runDue(managementService, caseService.find(caseNumber).orElseThrow().processInstanceId());
    browser.driver().navigate().refresh();
    browser.visible(By.cssSelector("#case-file[data-case-number='" + caseNumber + "'] #mails tr[data-status]"));
    assertThat(browser.visible(By.id("current-tasks")).getText()).contains("customer-service", "未认领");
    browser.step("case file with its acknowledgement mail");
    DocsScreens.save(browser, "desk-case-zh-CN.png");
  }

  @Test
  void customerServiceRegistersAWalkInAndOpensItsCaseFileInEnglish() {
    String serial = "SN-EN-" + UUID.randomUUID().toString().substring(0, 6);
    registerAndFind("mary", serial, "Please correct the marked fields.", "required", "Registered as case",
        "desk-register-en.png");
    assertThat(browser.bodyText()).contains("After-sales desk", "Current tasks", "Timeline", "Mails", "open");
    DocsScreens.save(browser, "desk-case-en.png");
  }

  @Test
  void withoutATasklistLoginTheDeskAsksToSignIn() {
    browser.open(DESK);
    browser.visible(By.cssSelector("#desk[data-state='login']"));
    assertThat(browser.visible(By.id("login-needed")).getText()).contains("Tasklist");
  }

  /**
   * Signs in on Tasklist's own login page. Tasklist's first load on a busy machine can take longer than the
   * browser's usual wait, so the login form gets two minutes.
   */
  static void signInToTasklist(Browser browser, String user) {
    By loginForm = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
    browser.open(TASKLIST);
    for (int attempt = 1; ; attempt++) {
      try {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
            .until(ExpectedConditions.visibilityOfElementLocated(loginForm));
        break;
      } catch (org.openqa.selenium.TimeoutException stillLoading) {
        // on a machine under heavy load Tasklist's first start has hung on its spinner: load it once more
        if (attempt == 3) {
          throw stillLoading;
        }
        browser.step("Tasklist still loading, attempt " + attempt);
        browser.driver().navigate().refresh();
      }
    }
    browser.logIn(user, user);
    new WebDriverWait(browser.driver(), Duration.ofMinutes(2)).until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".task-filters, .filters")));
  }

  /**
   * Signs in to Tasklist, registers a walk-in at the desk and opens it by a search for its phone number; the register
   * form with its field errors is saved as the given screen.
   */
  private String registerAndFind(String user, String serial, String fixFields, String required,
      String registered, String registerScreen) {
    signInToTasklist(browser, user);
    browser.open(DESK);
    browser.visible(By.cssSelector("#desk[data-state='ready']"));

    new Select(browser.visible(By.cssSelector("[data-field='channel']"))).selectByValue("walk-in");
    browser.type(By.cssSelector("[data-field='customer.name']"), "王芳");
    browser.type(By.cssSelector("[data-field='customer.phone']"), "12");
    browser.click(By.id("register-button"));
    WebElement phoneError = browser.visible(By.cssSelector(".as-field-error[data-error-for='customer.phone']"));
    browser.waitFor(d -> !phoneError.getText().isBlank());
    assertThat(browser.visible(By.cssSelector(".as-field-error[data-error-for='product.model']")).getText())
        .as("the API's field message in the page's language").contains(required);
    assertThat(browser.visible(By.id("register-invalid")).getText()).isEqualTo(fixFields);
    browser.step("field errors next to their fields");
    DocsScreens.save(browser, registerScreen);

    browser.type(By.cssSelector("[data-field='customer.phone']"), "138 0013 8000");
    browser.type(By.cssSelector("[data-field='customer.email']"), "wang.fang@example.com");
    browser.type(By.cssSelector("[data-field='customer.address']"), "上海市黄浦区南京东路 1 号");
    browser.type(By.cssSelector("[data-field='product.model']"), "WM-1200");
    browser.type(By.cssSelector("[data-field='product.serialNumber']"), serial);
    // a date field types in the browser's own format; the value is what the page sends
    ((JavascriptExecutor) browser.driver()).executeScript(
        "document.querySelector(\"[data-field='product.purchaseDate']\").value = '2026-06-01';");
    browser.click(By.cssSelector("[data-field='product.purchaseProof']"));
    browser.type(By.cssSelector("[data-field='description']"), "滚筒不转，有异响");
    browser.click(By.id("register-button"));
    WebElement result = browser.visible(By.cssSelector("#register-result[data-case-number]"));
    String caseNumber = result.getAttribute("data-case-number");
    assertThat(caseNumber).matches("AS-\\d{4}-\\d{6}");
    assertThat(browser.visible(By.id("register-success")).getText()).contains(registered, caseNumber);
    assertThat(browser.driver().findElements(By.cssSelector("#register-form .as-invalid"))).isEmpty();
    browser.step("registered");

    // a second click on the same request gives the same case (same Idempotency-Key)
    browser.click(By.id("register-button"));
    browser.waitFor(d -> "false".equals(d.findElement(By.id("register-result")).getAttribute("data-created")));
    assertThat(browser.visible(By.cssSelector("#register-result")).getAttribute("data-case-number"))
        .isEqualTo(caseNumber);

    browser.type(By.id("search-q"), "13800138000");
    browser.click(By.id("search-button"));
    browser.click(By.cssSelector("#search-results tr.as-case[data-case-number='" + caseNumber + "']"));
    browser.visible(By.cssSelector("#case-file[data-case-number='" + caseNumber + "'][data-open='true']"));
    browser.visible(By.cssSelector("#timeline tr[data-kind='opened']"));
    browser.step("case file");
    return caseNumber;
  }
}
