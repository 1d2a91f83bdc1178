package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Staff read Tasklist, Cockpit, Admin and the Welcome page in Chinese: a browser asking for zh-CN gets the project's
 * zh locale files, one asking for English gets Camunda's English, and neither shows Camunda's "migrate to Camunda 8"
 * banner.
 *
 * With AFTERSALES_UPDATE_SCREENS=true the start pages of Tasklist and Cockpit (with its SLA section on top) are saved
 * to docs/screens/ in both languages (the README shows them).
 */
class WebappLanguageBrowserTest extends BrowserScenario {

  static final String TASKLIST = "/camunda/app/tasklist/default/";
  static final String COCKPIT = "/camunda/app/cockpit/default/";
  static final String ADMIN = "/camunda/app/admin/default/";
  static final String WELCOME = "/camunda/app/welcome/default/";
  static final Path SCREENS = Path.of("docs", "screens");

  @Test
  void aChineseBrowserGetsTasklistInChinese() {
    reopenBrowserIn("zh-CN");
    logIn(TASKLIST, "mary", "用户名", "密码");
    browser.visible(By.cssSelector(".task-filters, .filters"));
    browser.visible(By.xpath("//*[normalize-space()='发起流程']"));
    browser.step("tasklist in Chinese");

    assertThat(browser.bodyText()).contains("发起流程", "创建任务").doesNotContain("Start process", "Create task");
    assertNoCamunda8Banner();
    DocsScreens.save(browser, "tasklist-zh-CN.png");
  }

  @Test
  void aChineseBrowserGetsCockpitAndTheSlaDashboardInChinese() {
    reopenBrowserIn("zh-CN");
    logIn(COCKPIT, "sam", "用户名", "密码");
    browser.visible(By.cssSelector("#sla-dashboard[data-state='ready']"));
    browser.step("cockpit in Chinese");

    assertThat(browser.bodyText())
        .contains("流程", "人工任务", "运行中的流程实例", "服务承诺（SLA）", "达成率")
        .contains("维修周期", "投诉答复", "回访", "配件生产周期", "24 小时内首次联系")
        .doesNotContain("Running Process Instances", "Human Tasks", "Service commitments", "Share met")
        .doesNotContain("Repair cycle", "Complaint response", "Follow-up call", "First contact");
    assertNoCamunda8Banner();
    DocsScreens.save(browser, "cockpit-zh-CN.png");
  }

  @Test
  void aChineseBrowserGetsAdminAndTheWelcomePageInChinese() {
    reopenBrowserIn("zh-CN");
    logIn(ADMIN, "admin", "用户名", "密码");
    browser.visible(By.xpath("//*[normalize-space()='授权']"));
    browser.step("admin in Chinese");
    assertThat(browser.bodyText()).contains("用户", "用户组", "授权", "系统").doesNotContain("Authorizations");
    assertNoCamunda8Banner();

    browser.open(WELCOME);
    browser.visible(By.xpath("//*[normalize-space()='应用']"));
    browser.step("welcome page in Chinese");
    assertThat(browser.bodyText()).contains("应用", "个人资料", "修改密码").doesNotContain("Applications", "Change password");
    assertNoCamunda8Banner();
  }

  @Test
  void anEnglishBrowserGetsTasklistAndCockpitInEnglish() {
    logIn(TASKLIST, "mary", "Username", "Password");
    browser.visible(By.xpath("//*[normalize-space()='Start process']"));
    browser.step("tasklist in English");
    assertThat(browser.bodyText()).contains("Start process", "Create task").doesNotContain("发起流程");
    assertNoCamunda8Banner();
    DocsScreens.save(browser, "tasklist-en.png");

    logIn(COCKPIT, "sam", "Username", "Password");
    browser.visible(By.cssSelector("#sla-dashboard[data-state='ready']"));
    browser.step("cockpit in English");
    assertThat(browser.bodyText())
        .contains("Running Process Instances", "Human Tasks", "Service commitments (SLA)", "Share met")
        .contains("Repair cycle", "Complaint response", "Follow-up call")
        .doesNotContain("运行中的流程实例", "服务承诺", "维修周期");
    assertNoCamunda8Banner();
    DocsScreens.save(browser, "cockpit-en.png");
  }

  /** Logs in on the webapp's own login form, whose placeholders are already in the page's language. */
  private void logIn(String app, String user, String usernamePlaceholder, String passwordPlaceholder) {
    browser.driver().manage().deleteAllCookies();
    browser.open(app);
    WebElement username = browser.visible(By.cssSelector("input[ng-model='username']"));
    assertThat(username.getAttribute("placeholder")).isEqualTo(usernamePlaceholder);
    assertThat(browser.visible(By.cssSelector("input[ng-model='password']")).getAttribute("placeholder"))
        .isEqualTo(passwordPlaceholder);
    browser.logIn(user, user);
  }

  /** Camunda 7.24 CE renders div.ce-eol-banner in every header; our user-styles.css keeps it from showing. */
  private void assertNoCamunda8Banner() {
    assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
        .as("the Camunda 8 banner is rendered (so the check below means something)").isNotEmpty()
        .noneMatch(WebElement::isDisplayed);
    assertThat(browser.bodyText()).doesNotContain("Camunda 8");
  }
}
