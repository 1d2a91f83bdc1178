package com.aftersales.flows.repeatrepair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.repeatrepair.RepeatRepairReview.Actions;
import com.aftersales.flows.repeatrepair.RepeatRepairReview.Elements;
import com.aftersales.flows.repeatrepair.RepeatRepairReview.Vars;
import com.aftersales.reports.staff.StaffReportService;
import com.aftersales.testsupport.Jobs;
import com.aftersales.testsupport.ProcessTest;
import com.aftersales.testsupport.Tasks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * repeat-repair-review with the real intake, delegates and case records: a repair of a product repaired within the
 * repeat window opens one analysis for the service managers, and each verdict is recorded where the rule says. The
 * engine clock stands on Monday 7 December 2026, 09:00 (company zone).
 */
@ProcessTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RepeatRepairReviewProcessTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 9, 0);

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired CaseService cases;
  @Autowired RepeatRepairReviews reviews;
  @Autowired StaffReportService staffReport;
  @Autowired WorkingDayCalendar calendar;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(at(NOW));
  }

  @Test
  @DisplayName("003 四3 (出现新的故障要进行分析，属于维修质量问题的要处理): a repeat repair opens one analysis for the"
      + " service managers; a repair-quality fault is recorded against the earlier case's engineer, counted in the"
      + " staff report and noted on both cases")
  void aRepairQualityFaultIsRecordedAgainstTheEarlierEngineer() throws Exception {
    RepeatCase repeat = repeatRepair();
    ProcessInstance review = review(repeat.second());

    assertThat(review).isWaitingAt(Elements.ANALYSE);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(repeat.second()).count())
        .as("the case's own flow stays the only instance under the case number").isEqualTo(1);
    assertThat(review).variables().containsEntry(Vars.CASE_NUMBER, repeat.second())
        .containsEntry(Vars.REPEAT_OF, repeat.first())
        .containsEntry(Vars.EARLIER_ENGINEER, "eric");
    Task task = taskService.createTaskQuery().processInstanceId(review.getId()).singleResult();
    assertThat(Tasks.candidateGroups(taskService, task)).containsExactly("service-managers");
    assertThat(task.getDueDate()).as("2 working days (project's choice)")
        .isEqualTo(calendar.plus(at(NOW), "2 working days"));
    reviews.open(repeat.second(), repeat.first());
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(RepeatRepairReview.KEY)
        .processInstanceBusinessKey(RepeatRepairReview.businessKey(repeat.second())).count()).as("opened once").isEqualTo(1);
    long before = qualityFaultsOf("eric");

    complete(review, Map.of(Vars.FAULT_ANALYSIS, "压缩机接线端子未紧固，与上次维修更换的部件有关",
        Vars.REPAIR_QUALITY_FAULT, true));

    assertThat(review).hasPassed(Elements.RECORD_QUALITY_FAULT).isEnded();
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(review.getId()).singleResult().getEndActivityId()).isEqualTo(Elements.END_QUALITY_FAULT);
    assertThat(records(repeat.first(), Actions.REPAIR_QUALITY_FAULT)).singleElement().satisfies(r -> {
      assertThat(r.engineer()).isEqualTo("eric");
      assertThat(r.recordedBy()).isEqualTo("sam");
      assertThat(r.note()).contains(repeat.second()).contains("压缩机接线端子未紧固");
    });
    assertThat(records(repeat.second(), Actions.REPEAT_REPAIR_ANALYSIS)).singleElement()
        .satisfies(r -> assertThat(r.note()).contains("维修质量问题").contains(repeat.first()).contains("eric"));
    assertThat(qualityFaultsOf("eric")).as("counted against the earlier case's engineer").isEqualTo(before + 1);
  }

  @Test
  @DisplayName("003 四3 (出现新的故障要进行分析): a new fault that is not the earlier repair's is noted on the repeat case"
      + " only, and nothing is counted against the earlier engineer")
  void aNewFaultIsNotedOnTheRepeatCaseOnly() throws Exception {
    RepeatCase repeat = repeatRepair();
    ProcessInstance review = review(repeat.second());
    long before = qualityFaultsOf("eric");

    complete(review, Map.of(Vars.FAULT_ANALYSIS, "门封条老化漏冷，与上次维修无关", Vars.REPAIR_QUALITY_FAULT, false));

    assertThat(review).hasPassed(Elements.RECORD_NEW_FAULT).hasNotPassed(Elements.RECORD_QUALITY_FAULT).isEnded();
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(review.getId()).singleResult().getEndActivityId()).isEqualTo(Elements.END_NEW_FAULT);
    assertThat(records(repeat.second(), Actions.REPEAT_REPAIR_ANALYSIS)).singleElement()
        .satisfies(r -> assertThat(r.note()).contains("非维修质量问题").contains("门封条老化漏冷"));
    assertThat(records(repeat.first(), Actions.REPAIR_QUALITY_FAULT)).isEmpty();
    assertThat(qualityFaultsOf("eric")).isEqualTo(before);
    reviews.open(repeat.second(), repeat.first());
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(RepeatRepairReview.KEY)
        .processInstanceBusinessKey(RepeatRepairReview.businessKey(repeat.second())).count()).as("a finished review is not opened again").isZero();
  }

  @Test
  @DisplayName("003 四3: a first repair of a product opens no analysis")
  void aFirstRepairOpensNoAnalysis() throws Exception {
    String first = repairIntake(randomPhone(), "RR-FRIDGE", randomSerial());
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(RepeatRepairReview.KEY)
        .processInstanceBusinessKey(RepeatRepairReview.businessKey(first)).count()).isZero();
  }

  record RepeatCase(String first, String second) {}

  /** Two repairs of the same product three days apart, the first dispatched to eric. */
  RepeatCase repeatRepair() throws Exception {
    String phone = randomPhone();
    String serial = randomSerial();
    ClockUtil.setCurrentTime(at(NOW.minusDays(3)));
    String first = repairIntake(phone, "RR-FRIDGE", serial);
    cases.addRecord(first, new ServiceRecord("DISPATCH", "eric", null, null, "派工", "sam", null));
    ClockUtil.setCurrentTime(at(NOW));
    String second = repairIntake(phone, "RR-FRIDGE", serial);
    return new RepeatCase(first, second);
  }

  ProcessInstance review(String caseNumber) {
    List<ProcessInstance> open = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(RepeatRepairReview.KEY).processInstanceBusinessKey(RepeatRepairReview.businessKey(caseNumber))
        .list();
    assertThat(open).as("the repeat case's review").hasSize(1);
    return open.get(0);
  }

  void complete(ProcessInstance instance, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    identityService.setAuthentication("sam", List.of("service-managers"));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
    Jobs.runDue(managementService, instance.getId());
  }

  List<ServiceRecord> records(String caseNumber, String action) {
    return cases.records(caseNumber).stream().filter(r -> action.equals(r.action())).toList();
  }

  long qualityFaultsOf(String engineer) {
    LocalDate today = LocalDate.of(2026, 12, 7);
    return staffReport.report(today, today, List.of(engineer)).people().get(0).figures().repairQualityFaults();
  }

  String repairIntake(String phone, String model, String serial) throws Exception {
    ObjectNode request = json.createObjectNode().put("type", "repair").put("channel", "phone")
        .put("description", "不制冷").put("externalReference", "RR-" + UUID.randomUUID());
    request.putObject("customer").put("name", "报修人 " + phone).put("phone", phone);
    request.putObject("product").put("model", model).put("serialNumber", serial)
        .put("purchaseDate", "2026-10-01").put("purchaseProof", true);
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("mary", "mary");
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> answer = http.postForEntity("/api/service-requests",
        new HttpEntity<>(request.toString(), headers), String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(answer.getBody());
    return body.get("caseNumber").asText();
  }

  static String randomPhone() {
    return "134" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  static String randomSerial() {
    return "RR-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
  }

  static Date at(LocalDateTime time) {
    return Date.from(time.atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
  }
}
