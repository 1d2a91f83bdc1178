package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.customers.Classification;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.CustomerKind;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.NewCustomer;
import com.aftersales.customers.SecrecyLevel;
import com.aftersales.customers.destruction.ArchiveDestructions;
import com.aftersales.customers.destruction.DestructionOccasion;
import com.aftersales.customers.destruction.DestructionProcess;
import com.aftersales.customers.destruction.DestructionProcess.Elements;
import com.aftersales.privacy.PersonalDataPurge;
import com.aftersales.security.StaffGroups;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The three approval forms of archive-destruction (archive-destruction-supervisor, -service-manager,
 * -general-manager) opened and completed in Tasklist by the customer-information supervisor (cora), a service manager
 * (sam) and the general manager (grace), each from their group's list. The tasks belong to no case: each is claimed
 * for its person and opened by the business key AD-{customerId}, as a colleague's link opens it.
 */
class TasklistArchiveDestructionBrowserTest extends BrowserScenario {

  @Autowired HistoryService historyService;
  @Autowired CustomerService customers;
  @Autowired CaseService cases;
  @Autowired ArchiveDestructions destructions;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("002 二(一) 6.10: 客户信息主管、客户服务部经理、总经理分别核准后，方可销毁 — the three approvals in Tasklist")
  @CompletesForms(
      en = {"archive-destruction-general-manager", "archive-destruction-service-manager",
          "archive-destruction-supervisor"})
  void theThreeApprovalsAreGivenInTasklist() {
    long customerId = outdatedCustomer(customers, cases, jdbc);
    String instance = destructions.propose(customerId, DestructionOccasion.OUTDATED, null, Instant.now())
        .processInstanceId();
    String key = DestructionProcess.businessKey(customerId);

    approve(instance, key, "cora", StaffGroups.CUSTOMER_INFO_SUPERVISORS, Elements.APPROVE_AS_SUPERVISOR,
        "客户信息主管核准销毁", "五年无业务，确无保管价值");
    approve(instance, key, "sam", StaffGroups.SERVICE_MANAGERS, Elements.APPROVE_AS_SERVICE_MANAGER,
        "客户服务部经理核准销毁", "同意销毁此档案");
    approve(instance, key, "grace", StaffGroups.GENERAL_MANAGER, Elements.APPROVE_AS_GENERAL_MANAGER,
        "总经理核准销毁", "同意销毁此档案");

    browser.waitFor(d -> {
      com.aftersales.testsupport.Jobs.runDue(managementService, instance);
      return historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1;
    });
    Map<String, Object> record = jdbc.queryForMap("SELECT * FROM archive_destruction WHERE customer_id = ?",
        customerId);
    assertThat(record).containsEntry("STATUS", "DESTROYED").containsEntry("SUPERVISOR_BY", "cora")
        .containsEntry("SERVICE_MANAGER_BY", "sam").containsEntry("GENERAL_MANAGER_BY", "grace");
    assertThat(jdbc.queryForObject("SELECT name FROM customer WHERE id = ?", String.class, customerId))
        .isEqualTo(PersonalDataPurge.ERASED);
  }

  private void approve(String instance, String key, String user, String group, String taskKey, String taskName,
      String comment) {
    awaitTask(instance, taskKey);
    taskService.claim(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(), user);
    reopenBrowserIn("en-US");
    Tasklist tasklist = new Tasklist(browser);
    tasklist.login(user, user);
    tasklist.work(groupTasks(group), key, taskName, false, () -> {
      tasklist.chooseRadio("核准销毁");
      tasklist.fillText("意见或驳回理由", comment);
    });
  }

  /** A secret customer whose only case closed five years ago: due for destruction. */
  static long outdatedCustomer(CustomerService customers, CaseService cases, JdbcTemplate jdbc) {
    String phone = "133" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    long id = customers.create(new NewCustomer(CustomerKind.PERSON, "浏览器销毁 " + phone, null, phone, null, null, "华东",
        null, Classification.NORMAL, CreditGrade.C, BigDecimal.ZERO, null, SecrecyLevel.SECRET), "test", "test").id();
    String caseNumber = cases.open(new NewCase("REPAIR", "phone", "浏览器销毁 " + phone, phone, null, null, "LX-200",
        null, null, null, "销毁测试", null, null, id, null)).caseNumber();
    Instant closed = Instant.now().minus(5 * 366, ChronoUnit.DAYS);
    jdbc.update("UPDATE service_case SET closed_at = ?, opened_at = ? WHERE case_number = ?", Timestamp.from(closed),
        Timestamp.from(closed.minus(3, ChronoUnit.DAYS)), caseNumber);
    return id;
  }
}
