package com.aftersales.customers.report;

import com.aftersales.testsupport.EngineClock;
import com.aftersales.testsupport.ProcessTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.customers.CustomerIntake;
import com.aftersales.customers.CustomerKind;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.InstalledBase;
import com.aftersales.customers.NewCustomer;
import com.aftersales.customers.Product;
import com.aftersales.customers.report.CustomerReportProcess.Elements;
import com.aftersales.customers.report.CustomerReportProcess.Vars;
import com.aftersales.reports.archive.ArchivedReport;
import com.aftersales.reports.archive.ReportArchive;
import com.aftersales.security.StaffGroups;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monthly customer information report (002 二(一) 6.1) with the engine clock: figures of the month before, the
 * salesperson's account of the competitive environment, kept in report_archive and mailed once per recipient with
 * its CSV; the month's repeat repairs are counted and listed.
 */
@ProcessTest
class CustomerReportProcessTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired CustomerService customers;
  @Autowired InstalledBase installedBase;
  @Autowired CustomerIntake intake;
  @Autowired CaseService cases;
  @Autowired CustomerInfoReports reports;
  @Autowired ReportArchive archive;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("002 二(一) 6.1 (每月第一个星期一向客服部提供《客户信息报告》): the timer is due on a first Monday at 09:00")
  void theTimerIsDueOnTheFirstMondayOfAMonth() {
    Job timer = managementService.createJobQuery().processDefinitionKey(CustomerReportProcess.KEY).timers()
        .singleResult();
    assertThat(timer).as("the monthly start timer is scheduled").isNotNull();
    ZonedDateTime due = timer.getDuedate().toInstant().atZone(ZoneId.systemDefault());
    assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(due.getDayOfMonth()).isLessThanOrEqualTo(7);
    assertThat(due.getHour()).isEqualTo(9);
  }

  @Test
  @DisplayName("002 二(一) 6.1, 6.9: the salesperson's report on August is kept with the month's figures and repeat"
      + " repairs and mailed once to the customer-information supervisors and service managers")
  void theReportIsWrittenKeptAndMailed() {
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2031, 8, 5, 10, 0)));
    String phone = "135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    long customerId = customers.create(NewCustomer.atIntake(CustomerKind.PERSON, "月报客户 " + phone, null, phone,
        null, null, LocalDate.of(2031, 8, 5)), "test", "test").id();
    Product product = installedBase.register(customerId, new InstalledBase.Registration("MR-100",
        "MR-" + phone, LocalDate.of(2031, 1, 10), null, null, "dealer"), LocalDate.of(2031, 8, 5));
    String first = openRepair(customerId, product);
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2031, 8, 20, 10, 0)));
    String second = openRepair(customerId, product);
    assertThat(jdbc.queryForObject("SELECT repeat_of FROM service_case WHERE case_number = ?", String.class, second))
        .isEqualTo(first);

    ClockUtil.setCurrentTime(at(LocalDateTime.of(2031, 9, 1, 9, 0)));
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(CustomerReportProcess.KEY);
    runJob(pi);
    assertThat(pi).isWaitingAt(Elements.WRITE).task().hasCandidateGroup(StaffGroups.SALES);
    assertThat(runtimeService.getVariable(pi.getId(), Vars.REPORT_MONTH)).isEqualTo("2031-08");
    assertThat((String) runtimeService.getVariable(pi.getId(), Vars.REPORT_FIGURES)).contains("返修");

    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(task.getName()).isEqualTo("编写客户信息报告");
    taskService.claim(task.getId(), "sally");
    identityService.setAuthentication("sally", List.of(StaffGroups.SALES));
    try {
      taskService.complete(task.getId(), Map.of(Vars.MARKET_ENVIRONMENT, "华东竞争对手降价 5%",
          Vars.CUSTOMER_NOTES, "两家客户搬迁"));
    } finally {
      identityService.clearAuthentication();
    }
    runJob(pi);

    assertThat(pi).isEnded().hasPassed(Elements.PREPARE, Elements.SEND, Elements.END);
    ArchivedReport kept = archive.find(CustomerReportProcess.REPORT, LocalDate.of(2031, 8, 1)).orElseThrow();
    assertThat(kept.periodTo()).isEqualTo(LocalDate.of(2031, 8, 31));
    assertThat(kept.csv()).startsWith("section,key,value\r\n").contains("cases,repeat-repairs,")
        .contains("repeat-repair," + second + "," + first + " MR-100 MR-" + phone)
        .contains("market,environment,华东竞争对手降价 5%").contains("market,author,sally")
        .doesNotContain(phone + "@").doesNotContain("月报客户");
    List<String> recipients = jdbc.queryForList("SELECT recipient FROM mail_outbox WHERE template = ?"
        + " AND dedup_key LIKE 'report:customer-info:2031-08-01:%'", String.class, CustomerInfoReports.MAIL_TEMPLATE);
    assertThat(recipients).contains("cora@aftersales.example", "sam@aftersales.example").doesNotHaveDuplicates();

    reports.keepAndSend(java.time.YearMonth.of(2031, 8), "again", null, "sally");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE dedup_key LIKE"
        + " 'report:customer-info:2031-08-01:%'", Integer.class)).as("sent once").isEqualTo(recipients.size());
    assertThat(archive.find(CustomerReportProcess.REPORT, LocalDate.of(2031, 8, 1)).orElseThrow().csv())
        .as("kept once").doesNotContain("again");
  }

  private String openRepair(long customerId, Product product) {
    String caseNumber = cases.open(new NewCase("repair", "phone", "月报客户", null, null, null, product.model(),
        product.serialNumber(), product.purchaseDate(), true, "不制冷", null, null, customerId, null)).caseNumber();
    cases.attachProduct(caseNumber, product.id());
    intake.flagRepeatRepair(caseNumber, "repair", product.id(), ClockUtil.getCurrentTime().toInstant());
    return caseNumber;
  }

  private void runJob(ProcessInstance pi) {
    Job job = managementService.createJobQuery().processInstanceId(pi.getId()).singleResult();
    managementService.executeJob(job.getId());
  }

  private static Date at(LocalDateTime time) {
    return EngineClock.at(time, SHANGHAI);
  }
}
