package com.aftersales.flows.parts;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.flows.parts.PartsProcess.Vars;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The 08:00 warehouse summary through the engine: the timer start event's job fires every day, the summary is
 * mailed to planning on working days only, and Monday's covers Friday's and Saturday's bookings. Dates in June
 * 2027 keep it apart from the bookings of other tests.
 */
@SpringBootTest
@ActiveProfiles("test")
class PartsDailySummaryTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired PartsService requests;
  @Autowired CaseService cases;
  @Autowired DailySummaries summaries;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void mondaysSummaryReportsFridayAndSaturdayAndNothingIsMailedAtTheWeekend() {
    runAt(LocalDateTime.of(2027, 6, 3, 8, 0)); // Thursday: everything before is reported
    String thursday = book(LocalDateTime.of(2027, 6, 3, 15, 0), "Thursday panel");
    String friday = book(LocalDateTime.of(2027, 6, 4, 10, 0), "Friday hinge");
    String saturday = book(LocalDateTime.of(2027, 6, 5, 11, 30), "Saturday mirror");

    String fridayMail = runAt(LocalDateTime.of(2027, 6, 4, 8, 0));
    assertThat(fridayMail).contains(thursday).doesNotContain(friday).contains("Thursday panel");

    assertThat(runAt(LocalDateTime.of(2027, 6, 5, 8, 0))).isNull();
    assertThat(runAt(LocalDateTime.of(2027, 6, 6, 8, 0))).isNull();

    String mondayMail = runAt(LocalDateTime.of(2027, 6, 7, 8, 0));
    assertThat(mondayMail).contains(friday).contains(saturday).contains("Friday hinge").contains("Saturday mirror")
        .doesNotContain(thursday).contains("2027-06-04 00:00 至 2027-06-07 00:00 (Asia/Shanghai)")
        .contains("入库位置 W-9：").contains("补件入库汇总表");
    assertThat(summaries.list(LocalDate.of(2027, 6, 4), LocalDate.of(2027, 6, 7)))
        .extracting(DailySummaries.Summary::date)
        .containsExactly(LocalDate.of(2027, 6, 7), LocalDate.of(2027, 6, 4));
    List<String> planning = recipients(LocalDate.of(2027, 6, 7));
    assertThat(planning).contains("paul@aftersales.example");

    // the job runs again the same day (a retry, a second node): nothing is reported twice
    assertThat(runAt(LocalDateTime.of(2027, 6, 7, 8, 5))).isNull();
    assertThat(recipients(LocalDate.of(2027, 6, 7))).hasSameSizeAs(planning);
  }

  /** Fires the timer start job at the given time, runs the new instance's jobs; returns the mail body or null. */
  private String runAt(LocalDateTime time) {
    ClockUtil.setCurrentTime(at(time));
    Job timer = managementService.createJobQuery().processDefinitionKey(PartsProcess.DAILY_SUMMARY_PROCESS_KEY)
        .timers().singleResult();
    assertThat(timer).as("the 08:00 timer").isNotNull();
    managementService.executeJob(timer.getId());
    HistoricProcessInstance run = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PartsProcess.DAILY_SUMMARY_PROCESS_KEY).orderByProcessInstanceStartTime().desc()
        .listPage(0, 1).get(0);
    for (int i = 0; i < 5; i++) {
      List<Job> jobs = managementService.createJobQuery().processInstanceId(run.getId()).list();
      jobs.forEach(j -> managementService.executeJob(j.getId()));
    }
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(run.getId()).singleResult()
        .getEndTime()).as("summary run finished").isNotNull();
    Object due = historyService.createHistoricVariableInstanceQuery().processInstanceId(run.getId())
        .variableName(Vars.SUMMARY_DUE).singleResult().getValue();
    if (!Boolean.TRUE.equals(due)) {
      return null;
    }
    List<String> bodies = jdbc.queryForList("SELECT body FROM mail_outbox WHERE template = 'parts-daily-summary'"
        + " AND dedup_key LIKE ?", String.class, run.getId() + ":%");
    assertThat(bodies).isNotEmpty();
    return bodies.get(0);
  }

  private List<String> recipients(LocalDate day) {
    return jdbc.queryForList("SELECT recipient FROM mail_outbox WHERE template = 'parts-daily-summary'"
        + " AND subject LIKE ?", String.class, "%" + day + "%");
  }

  /** A parts request approved and booked in at the given time; returns its number. */
  private String book(LocalDateTime time, String partName) {
    ClockUtil.setCurrentTime(at(time));
    String caseNumber = cases.open(new NewCase("parts", "phone", "Wang Fang", "13900000000", null, null, "Bed B-150",
        null, null, false, "Part needed", null, null, null, null)).caseNumber();
    String number = requests.open(new PartsService.Opening("summary-test-" + caseNumber, caseNumber, "Wang Fang",
        "Bed B-150", true, "mary"), false);
    PartsLines.Checked lines = PartsLines.check(List.of(Map.of("partName", partName, "partCategory", "hardware",
        "colour", "black", "quantity", 1, "batchNumber", "B", "inspectionNumber", "Q", "reason", "broken")));
    requests.saveLines(number, lines.lines(), true, false, false, false);
    requests.price(number, false);
    requests.review(number, true, null, Map.of(), "paul", false);
    requests.book(number, 1, "W-9", "walt");
    return number;
  }

  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(ZONE).toInstant());
  }
}
