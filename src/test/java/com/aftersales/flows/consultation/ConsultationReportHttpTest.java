package com.aftersales.flows.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.flows.consultation.ConsultationProcess.Elements;
import com.aftersales.flows.consultation.ConsultationProcess.Vars;
import com.aftersales.reports.archive.ArchivedReport;
import com.aftersales.reports.archive.ScheduledReports;
import com.aftersales.testsupport.EngineRestTasks;
import com.aftersales.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The consultation figures over HTTP: requests taken in through the intake API and worked through the engine REST
 * API with the engine clock moved, then counted by kind, product model and month, and in the monthly report.
 * Company zone Asia/Shanghai; the months used (March and April 2036) are this class's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConsultationReportHttpTest {

  /** Monday 2036-03-03 09:00 in Shanghai. */
  static final Instant MARCH = Instant.parse("2036-03-03T01:00:00Z");
  /** Monday 2036-04-07 09:00 in Shanghai. */
  static final Instant APRIL = Instant.parse("2036-04-07T01:00:00Z");

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService managementService;
  @Autowired ScheduledReports scheduled;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("002 客服部管理制度及流程范文 第九条2 对客户建议进行统计分析: consultations, suggestions and quality feedback are counted by kind, product model and month, with the answer commitment and the follow-through, as JSON, CSV and in the monthly report")
  void consultationsAreCountedByKindModelAndMonth() {
    at(MARCH);
    String question = open("CP-7000", "How often should the drum be cleaned?");
    String suggestion = open("CP-9000", "The tray should hold 1000 sheets");
    String feedback = open("CP-7000", "Toner smudges every morning");
    at(MARCH.plus(Duration.ofHours(3)));
    complete("mary", question, Elements.CONTACT_CUSTOMER, Map.of(Vars.KIND, "question",
        Vars.ANSWER, "Every 3 months.", Vars.FAQ_PROPOSED, true, Vars.FAQ_QUESTION, "硒鼓多久清洁一次?"));
    complete("mary", feedback, Elements.CONTACT_CUSTOMER, Map.of(Vars.KIND, "quality-feedback",
        Vars.ANSWER, "Thank you; please run the cleaning cycle."));
    at(MARCH.plus(Duration.ofHours(30)));
    complete("mary", suggestion, Elements.CONTACT_CUSTOMER, Map.of(Vars.KIND, "suggestion",
        Vars.ANSWER, "Passed on to the general manager."));
    complete("oscar", suggestion, Elements.COMPILE_FEEDBACK, Map.of(Vars.FEEDBACK_REPORT, "1000-sheet tray wanted"));
    complete("grace", suggestion, Elements.GIVE_INSTRUCTION, Map.of(Vars.INSTRUCTION, "Engineering to study it",
        Vars.ACTION_REQUIRED, true, Vars.RESPONSIBLE_DEPARTMENT, "工程部"));
    complete("oscar", suggestion, Elements.TRACK_FOLLOW_THROUGH, Map.of(
        Vars.FOLLOW_THROUGH_NOTE, "Larger tray in production", Vars.FOLLOW_THROUGH_DONE, true));
    at(APRIL);
    open("CP-9000", "Is there a stand for the CP-9000?");
    at(APRIL.plus(Duration.ofDays(3)));

    ResponseEntity<JsonNode> answer = rest.withBasicAuth("oscar", "oscar")
        .getForEntity("/api/reports/consultations?from=2036-03-01&to=2036-04-30", JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode report = answer.getBody();
    assertThat(report.path("received").asInt()).isEqualTo(4);
    assertThat(report.path("byKind").toString())
        .isEqualTo("{\"quality-feedback\":1,\"question\":1,\"suggestion\":1,\"unanswered\":1}");
    assertThat(report.path("byProductModel").path("CP-7000").toString())
        .isEqualTo("{\"quality-feedback\":1,\"question\":1}");
    assertThat(report.path("byProductModel").path("CP-9000").toString())
        .isEqualTo("{\"suggestion\":1,\"unanswered\":1}");
    assertThat(report.path("byMonth").path("2036-03").path("suggestion").asInt()).isEqualTo(1);
    assertThat(report.path("byMonth").path("2036-04").toString()).isEqualTo("{\"unanswered\":1}");
    assertThat(report.path("answers").toString()).isEqualTo("{\"inTime\":2,\"late\":2,\"pending\":0}");
    assertThat(report.path("feedback").toString())
        .isEqualTo("{\"reported\":1,\"instructed\":1,\"actionRequired\":1,\"actionDone\":1}");
    assertThat(report.path("faqProposed").asInt()).isEqualTo(1);

    ResponseEntity<String> csv = get("sam", "/api/reports/consultations?from=2036-03-01&to=2036-04-30", "text/csv");
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getBody()).startsWith("section,key,kind,value")
        .contains("productModel,CP-9000,suggestion,1", "month,2036-04,unanswered,1", "feedback,actionDone,,1");

    assertThat(get("mary", "/api/reports/consultations?from=2036-03-01&to=2036-04-30", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> bad = get("sam", "/api/reports/consultations?from=2036-04-30&to=2036-03-01", null);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("\"field\":\"to\"");

    // the monthly report of March, made on its day in April
    at(Instant.parse("2036-04-20T00:00:00Z"));
    ArchivedReport monthly = scheduled.run("monthly");
    assertThat(monthly.periodFrom()).hasToString("2036-03-01");
    assertThat(monthly.summary()).contains("咨询与建议: 3(咨询 1,建议 1,质量反馈 1;按期答复 2,逾期 1;需整改 1,已落实 1)");
  }

  private static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  private String open(String model, String description) {
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", "consultation", "channel", "phone",
            "customer", Map.of("name", "Zhou Fang", "phone", "13700137000", "email", "zhou.fang@example.com",
                "address", "Hangzhou, Lake Road 8"),
            "product", Map.of("model", model, "serialNumber", "SN-CR-" + System.nanoTime()),
            "description", description),
        JsonNode.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    String instance = created.getBody().path("processInstanceId").asText();
    Jobs.runDue(managementService, instance);
    return instance;
  }

  private void complete(String user, String instance, String taskKey, Map<String, Object> variables) {
    Jobs.runDue(managementService, instance);
    EngineRestTasks.complete(rest, user, EngineRestTasks.taskId(rest, user, instance, taskKey), variables);
  }

  private ResponseEntity<String> get(String user, String path, String accept) {
    HttpHeaders headers = new HttpHeaders();
    if (accept != null) {
      headers.setAccept(java.util.List.of(MediaType.parseMediaType(accept)));
    }
    return rest.withBasicAuth(user, user).exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
