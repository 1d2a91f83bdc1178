package com.aftersales.browser;

import com.aftersales.tasklist.StaffFilters;
import com.aftersales.security.StaffGroups;
import com.aftersales.testsupport.Jobs;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The running application and a headless Chromium per test (kept between tests, reset to a first visit). */
@BrowserTest
@ExtendWith({Screenshots.class, FormsCompleted.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserScenario implements Screenshots.HasBrowser {

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  Browser browser;

  @Override
  public Browser browser() {
    return browser;
  }

  /** The zone the browser runs in; null = the machine's. */
  String browserTimeZone() {
    return null;
  }

  @BeforeEach
  void openBrowser() {
    browser = new Browser("http://localhost:" + port, "en-US", browserTimeZone());
  }

  /** Replaces this test's browser by one asking for the given language (e.g. zh-CN). */
  void reopenBrowserIn(String language) {
    browser.close();
    browser = new Browser("http://localhost:" + port, language, browserTimeZone());
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  /** The name of the group's "My group's tasks" list in Tasklist. */
  static String groupTasks(String groupId) {
    return StaffFilters.filterName(StaffGroups.STAFF.get(groupId), StaffFilters.GROUP_TASKS);
  }

  /** Runs the case's due jobs and waits until its task of the given definition is open. */
  void awaitTask(String instance, String taskDefinitionKey) {
    Jobs.runDue(managementService, instance);
    browser.waitFor(d -> taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(taskDefinitionKey).count() == 1);
  }
}
