package com.aftersales.faq;

import static com.aftersales.testsupport.EngineRestTasks.complete;
import static com.aftersales.testsupport.EngineRestTasks.taskId;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.flows.consultation.ConsultationProcess.Elements;
import com.aftersales.flows.consultation.ConsultationProcess.Vars;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import com.aftersales.testsupport.Jobs;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The FAQ over the public APIs: customer service proposes an entry with a consultation's answer (engine REST), a
 * service manager publishes it (/api/faq), customers read it without a login (/api/customer/faq); an engineer's
 * finding for staff stays with staff; bad input and the wrong groups are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FaqHttpTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired CaseService caseService;
  @Autowired ManagementService managementService;

  @Test
  @DisplayName("002 客服流程 一(四) 对常见问题进行汇总, 003 六1(b) 常见技术问题汇编成FAQ供客户参考: a consultation's answer becomes a draft, a service manager publishes it, customers read it without a login and without anything personal")
  void consultationAnswerBecomesAPublishedFaqEntryCustomersRead() {
    String marker = marker("Duplex");
    Map<String, String> opened = openConsultation("Does the CP-7000 print both sides? My number is 13600136000");
    String caseNumber = opened.get("caseNumber");
    String task = taskId(rest, "mary", opened.get("instance"), Elements.CONTACT_CUSTOMER);
    complete(rest, "mary", task, Map.of(Vars.KIND, "question",
        Vars.ANSWER, "Yes: choose " + marker + " in the print dialog; the unit turns the sheet itself.",
        Vars.FAQ_PROPOSED, true, Vars.FAQ_QUESTION, "CP-7000 能否双面打印?"));

    JsonNode drafts = rest.withBasicAuth("mary", "mary")
        .getForEntity("/api/faq?status=draft&q=" + marker, JsonNode.class).getBody();
    assertThat(drafts).hasSize(1);
    JsonNode draft = drafts.get(0);
    long id = draft.path("id").asLong();
    assertThat(draft.path("question").asText()).isEqualTo("CP-7000 能否双面打印?");
    assertThat(draft.path("status").asText()).isEqualTo("draft");
    assertThat(draft.path("audience").asText()).isEqualTo("customers");
    assertThat(draft.path("source").asText()).isEqualTo("consultation");
    assertThat(draft.path("sourceCaseNumber").asText()).isEqualTo(caseNumber);
    assertThat(draft.path("productModel").asText()).isEqualTo("CP-7000");
    assertThat(draft.path("proposedBy").asText()).isEqualTo("mary");
    assertThat(caseService.records(caseNumber)).extracting(r -> r.action()).contains(FaqService.PROPOSED);
    assertThat(publicSearch(marker)).as("a draft is not public").isEmpty();

    ResponseEntity<JsonNode> byMary = review("mary", id, Map.of("decision", "publish"));
    assertThat(byMary.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> published = review("sam", id, Map.of("decision", "publish",
        "answer", "可以:在打印对话框中选择 " + marker + ",机器自动翻面。"));
    assertThat(published.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(published.getBody().path("status").asText()).isEqualTo("published");
    assertThat(published.getBody().path("reviewedBy").asText()).isEqualTo("sam");

    JsonNode found = publicSearch(marker);
    assertThat(found).hasSize(1);
    JsonNode entry = found.get(0);
    List<String> fields = new java.util.ArrayList<>();
    entry.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactlyInAnyOrder("id", "question", "answer", "productModel");
    assertThat(entry.path("answer").asText()).startsWith("可以").doesNotContain("13600136000");
    assertThat(entry.toString()).doesNotContain(caseNumber).doesNotContain("Han Meimei").doesNotContain("mary");
    JsonNode byModel = rest.getForEntity("/api/customer/faq?productModel=cp-7000&q=" + marker, JsonNode.class)
        .getBody();
    assertThat(byModel).hasSize(1);
    assertThat(rest.getForEntity("/api/customer/faq?productModel=CP-1&q=" + marker, JsonNode.class).getBody())
        .isEmpty();

    ResponseEntity<JsonNode> again = review("sam", id, Map.of("decision", "reject"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  @DisplayName("003 六1(b) FAQ供客户和员工参考: an engineer's finding for staff is published for staff and never shown to customers")
  void engineersFindingForStaffStaysWithStaff() {
    String marker = marker("Fuser");
    Map<String, String> opened = openConsultation("Paper jams behind the fuser");
    ResponseEntity<JsonNode> proposed = rest.withBasicAuth("eric", "eric").postForEntity("/api/faq", Map.of(
        "question", "CP-7000 定影器后反复卡纸", "answer", "检查定影器分离爪 " + marker + ",磨损即更换。",
        "productModel", "CP-7000", "audience", "staff", "sourceCaseNumber", opened.get("caseNumber")), JsonNode.class);
    assertThat(proposed.getStatusCode()).as(String.valueOf(proposed.getBody())).isEqualTo(HttpStatus.CREATED);
    assertThat(proposed.getBody().path("source").asText()).isEqualTo("finding");
    long id = proposed.getBody().path("id").asLong();

    assertThat(review("sam", id, Map.of("decision", "publish")).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("kate", "kate").getForEntity("/api/faq?q=" + marker, JsonNode.class).getBody())
        .as("every staff member reads the staff FAQ").hasSize(1);
    assertThat(publicSearch(marker)).isEmpty();
  }

  @Test
  @DisplayName("an FAQ entry with contact data, an unknown field or case is refused naming each field, and only proposers propose")
  void badProposalsAreRefusedNamingTheField() {
    ResponseEntity<JsonNode> bad = rest.withBasicAuth("eric", "eric").postForEntity("/api/faq", Map.of(
        "question", "客户 13600136000 的机器卡纸", "answer", "", "colour", "red", "audience", "everyone",
        "sourceCaseNumber", "AS-1999-000001"), JsonNode.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    List<String> fields = new java.util.ArrayList<>();
    bad.getBody().path("errors").forEach(e -> fields.add(e.path("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("question", "answer", "colour", "audience", "sourceCaseNumber");

    assertThat(rest.withBasicAuth("kate", "kate").postForEntity("/api/faq",
        Map.of("question", "q", "answer", "a"), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.postForEntity("/api/faq", Map.of("question", "q", "answer", "a"), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/api/faq", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("sam", "sam").getForEntity("/api/faq?status=secret", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(review("sam", 999_999_999L, Map.of("decision", "publish")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @DisplayName("002 客服流程 一(四): ticking the FAQ box without a question in general terms leaves the answer task open")
  void faqProposalWithoutQuestionLeavesTheTaskOpen() {
    Map<String, String> opened = openConsultation("How long does the toner last?");
    String task = taskId(rest, "mary", opened.get("instance"), Elements.CONTACT_CUSTOMER);
    TestRestTemplate mary = rest.withBasicAuth("mary", "mary");
    mary.postForEntity("/engine-rest/task/" + task + "/claim", Map.of("userId", "mary"), String.class);
    ResponseEntity<String> refused = mary.postForEntity("/engine-rest/task/" + task + "/complete",
        Map.of("variables", Map.of(Vars.KIND, Map.of("value", "question"), Vars.ANSWER, Map.of("value", "About 5000 pages."),
            Vars.FAQ_PROPOSED, Map.of("value", true))), String.class);
    assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(refused.getBody()).contains("faqQuestion");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(opened.get("instance")).count())
        .isEqualTo(1);
  }

  /** A word no other test uses, in letters only (seven digits in a row would read as a phone number). */
  private static String marker(String prefix) {
    StringBuilder word = new StringBuilder(prefix);
    Long.toString(System.nanoTime()).chars().forEach(c -> word.append((char) ('a' + c - '0')));
    return word.toString();
  }

  private JsonNode publicSearch(String words) {
    ResponseEntity<JsonNode> found = rest.getForEntity("/api/customer/faq?q=" + words, JsonNode.class);
    assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
    return found.getBody();
  }

  private ResponseEntity<JsonNode> review(String user, long id, Map<String, Object> body) {
    return rest.withBasicAuth(user, user).postForEntity("/api/faq/" + id + "/review", body, JsonNode.class);
  }

  private Map<String, String> openConsultation(String description) {
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", "consultation", "channel", "phone",
            "customer", Map.of("name", "Han Meimei", "phone", "13600136000", "email", "han.meimei@example.com",
                "address", "Suzhou, Canal Street 5"),
            "product", Map.of("model", "CP-7000", "serialNumber", "SN-FAQ-" + System.nanoTime()),
            "description", description),
        JsonNode.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    // the acknowledgement mail runs as a job before the answer task opens
    Jobs.runDue(managementService, created.getBody().path("processInstanceId").asText());
    return Map.of("caseNumber", created.getBody().path("caseNumber").asText(),
        "instance", created.getBody().path("processInstanceId").asText());
  }
}
