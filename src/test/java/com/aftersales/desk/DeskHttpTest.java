package com.aftersales.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.testsupport.Jobs;
import com.aftersales.testsupport.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
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
 * The desk over HTTP: its pages are served, a request registered with the webapps' session behaves exactly like
 * POST /api/service-requests (validation, case number, idempotency), and the case search and case file show open and
 * closed cases to those allowed, with contact data only for the groups that need it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeskHttpTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CaseService caseService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void deskAndOutboxPagesAreServedWithTheirScripts() {
    for (String page : List.of("desk.html", "outbox.html", "visit-plans.html", "erasure.html",
        "secrecy.html")) {
      ResponseEntity<String> html = rest.getForEntity("/desk/" + page, String.class);
      assertThat(html.getStatusCode()).as(page).isEqualTo(HttpStatus.OK);
      assertThat(html.getHeaders().getContentType().toString()).startsWith("text/html");
    }
    for (String script : List.of("desk.js", "outbox.js", "visit-plans.js", "erasure.js", "secrecy.js",
        "desk-common.js")) {
      ResponseEntity<String> js = rest.getForEntity("/desk/" + script, String.class);
      assertThat(js.getStatusCode()).as(script).isEqualTo(HttpStatus.OK);
      assertThat(js.getHeaders().getContentType().toString()).contains("javascript");
      assertThat(js.getBody()).doesNotContain("https://", "innerHTML");
    }
  }

  @Test
  void aRequestRegisteredAtTheDeskWithTheTasklistSessionIsValidatedNumberedAndIdempotent() {
    WebappSession mary = WebappSession.login(rest, "mary", "tasklist");
    assertThat(mary.loginStatus()).isEqualTo(HttpStatus.OK);
    String key = "desk-" + UUID.randomUUID();

    ResponseEntity<JsonNode> invalid = post(mary, Map.of("type", "repair", "channel", "walk-in",
        "customer", Map.of("name", "王芳", "phone", "12"), "product", Map.of(), "description", ""), key);
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(invalid.getBody().path("errors")).extracting(e -> e.path("field").asText())
        .contains("customer.phone", "product.model", "description");

    Map<String, Object> request = walkIn("SN-DESK-" + UUID.randomUUID().toString().substring(0, 8));
    ResponseEntity<JsonNode> created = post(mary, request, key);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = created.getBody().path("caseNumber").asText();
    assertThat(caseNumber).matches("AS-\\d{4}-\\d{6}");

    // the desk page learns the session's CSRF token from /api/desk/me (it cannot read the webapps' cookie)
    JsonNode me = mary.get("/api/desk/me", JsonNode.class).getBody();
    assertThat(me.path("userId").asText()).isEqualTo("mary");
    assertThat(me.path("csrfToken").asText()).isEqualTo(mary.csrfToken());
    assertThat(me.path("searchesCases").asBoolean()).isTrue();
    assertThat(me.path("readsOutbox").asBoolean()).isFalse();
    assertThat(me.path("keepsArchive").asBoolean()).as("erasure requests, secrecy periods").isTrue();
    assertThat(me.path("readsArchiveRecords").asBoolean()).as("destruction records").isFalse();

    ResponseEntity<JsonNode> again = post(mary, request, key);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody().path("caseNumber").asText()).isEqualTo(caseNumber);

    // without the webapps' CSRF token the session does not register anything
    HttpHeaders noToken = mary.headers(null);
    noToken.setContentType(MediaType.APPLICATION_JSON);
    assertThat(rest.exchange("/api/service-requests", HttpMethod.POST, new HttpEntity<>(request, noToken), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void searchFindsOpenAndClosedCasesByCaseNumberPhoneSerialNumberAndName() {
    String serial = "SN-FIND-" + UUID.randomUUID().toString().substring(0, 8);
    String open = register(walkIn(serial));
    String closed = register(withCustomer(walkIn(serial + "-B"), "Zhao Closed", "+86 139-1234-5678"));
    caseService.close(closed, "RESOLVED_BY_PHONE");
    TestRestTemplate mary = rest.withBasicAuth("mary", "mary");

    assertThat(hits(mary, open)).containsExactly(open);
    assertThat(hits(mary, serial.toLowerCase())).containsExactly(open);
    assertThat(hits(mary, "139 1234 5678")).contains(closed);
    assertThat(hits(mary, "zhao clos")).contains(closed);
    JsonNode closedHit = mary.getForEntity("/api/desk/cases?q=" + closed, JsonNode.class).getBody().get(0);
    assertThat(closedHit.path("open").asBoolean()).isFalse();
    assertThat(closedHit.path("status").asText()).isEqualTo("RESOLVED_BY_PHONE");

    // the general manager reads every case but no contact data: a phone number finds nothing for her
    TestRestTemplate grace = rest.withBasicAuth("grace", "grace");
    assertThat(hits(grace, "13912345678")).doesNotContain(closed);
    assertThat(hits(grace, "Zhao Closed")).contains(closed);

    ResponseEntity<JsonNode> engineer = rest.withBasicAuth("eric", "eric").getForEntity("/api/desk/cases?q=" + open,
        JsonNode.class);
    assertThat(engineer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engineer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    ResponseEntity<JsonNode> tooShort = mary.getForEntity("/api/desk/cases?q=x", JsonNode.class);
    assertThat(tooShort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooShort.getBody().path("errors").get(0).path("field").asText()).isEqualTo("q");
    ResponseEntity<JsonNode> anonymous = rest.getForEntity("/api/desk/cases?q=" + open, JsonNode.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    // a page's script gets no Basic challenge, so the browser opens no password dialog over the desk
    HttpHeaders script = new HttpHeaders();
    script.add("X-Requested-With", "XMLHttpRequest");
    ResponseEntity<JsonNode> fromPage = rest.exchange("/api/desk/me", HttpMethod.GET, new HttpEntity<>(script),
        JsonNode.class);
    assertThat(fromPage.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(fromPage.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
  }

  @Test
  void caseFileShowsCurrentTaskLatenessTimelineMailsAndContactDataOnlyToThoseWhoNeedIt() {
    String caseNumber = register(walkIn("SN-FILE-" + UUID.randomUUID().toString().substring(0, 8)));
    TestRestTemplate mary = rest.withBasicAuth("mary", "mary");
    JsonNode file = mary.getForEntity("/api/desk/cases/" + caseNumber, JsonNode.class).getBody();
    String instance = caseService.find(caseNumber).orElseThrow().processInstanceId();
    Jobs.runDue(managementService, instance);
    Task assess = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    taskService.claim(assess.getId(), "mary");
    // two days after the assessment was due
    ClockUtil.setCurrentTime(new java.util.Date(assess.getDueDate().getTime() + 2 * 24 * 3600_000L));

    file = mary.getForEntity("/api/desk/cases/" + caseNumber, JsonNode.class).getBody();
    assertThat(file.path("open").asBoolean()).isTrue();
    assertThat(file.path("customer").path("phone").asText()).isEqualTo("13800138000");
    JsonNode task = file.path("currentTasks").get(0);
    assertThat(task.path("name").asText()).isEqualTo(assess.getName());
    assertThat(task.path("assignee").asText()).isEqualTo("mary");
    assertThat(task.path("groups")).extracting(JsonNode::asText).contains("customer-service");
    assertThat(task.path("lateMinutes").asLong()).isEqualTo(2 * 24 * 60);
    assertThat(task.path("due").path("text").asText()).endsWith("(Asia/Shanghai)");
    assertThat(file.path("timeline")).extracting(e -> e.path("kind").asText()).contains("opened", "step", "mail");
    JsonNode mail = file.path("mails").get(0);
    assertThat(mail.path("template").asText()).isEqualTo("repair-acknowledgement");
    assertThat(mail.path("recipient").asText()).isEqualTo("wang.fang@example.com");

    // the general manager opens it without contact data; the warehouse, who has no part in it, not at all
    JsonNode forGrace = rest.withBasicAuth("grace", "grace").getForEntity("/api/desk/cases/" + caseNumber,
        JsonNode.class).getBody();
    assertThat(forGrace.path("customer").path("name").asText()).isEqualTo("王芳");
    assertThat(forGrace.path("customer").has("phone")).isFalse();
    assertThat(forGrace.path("mails").get(0).has("recipient")).isFalse();
    assertThat(forGrace.toString()).doesNotContain("13800138000", "wang.fang@example.com");
    ResponseEntity<JsonNode> walt = rest.withBasicAuth("walt", "walt").getForEntity("/api/desk/cases/" + caseNumber,
        JsonNode.class);
    assertThat(walt.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(mary.getForEntity("/api/desk/cases/AS-1999-999999", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aClosedCaseOpensWithItsHistoryAndTheWorkersOfItsTasksMayOpenIt() {
    String caseNumber = register(walkIn("SN-DONE-" + UUID.randomUUID().toString().substring(0, 8)));
    String instance = caseService.find(caseNumber).orElseThrow().processInstanceId();
    Jobs.runDue(managementService, instance);
    Task assess = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    taskService.claim(assess.getId(), "mary");
    taskService.complete(assess.getId(), Map.of("resolution", "phone", "damageCause", "human",
        "assessmentNotes", "Explained the child lock by phone"));
    Jobs.runDue(managementService, instance);
    assertThat(caseService.find(caseNumber).orElseThrow().closedAt()).as("closed by phone guidance").isNotNull();

    JsonNode file = rest.withBasicAuth("sam", "sam").getForEntity("/api/desk/cases/" + caseNumber, JsonNode.class)
        .getBody();
    assertThat(file.path("open").asBoolean()).isFalse();
    assertThat(file.path("closedAt").path("text").asText()).endsWith("(Asia/Shanghai)");
    assertThat(file.path("currentTasks")).isEmpty();
    List<String> kinds = new ArrayList<>();
    file.path("timeline").forEach(e -> kinds.add(e.path("kind").asText()));
    assertThat(kinds).contains("opened", "task", "closed");
    assertThat(kinds.get(kinds.size() - 1)).isEqualTo("closed");
    JsonNode taskEntry = null;
    for (JsonNode e : file.path("timeline")) {
      if ("task".equals(e.path("kind").asText())) {
        taskEntry = e;
      }
    }
    assertThat(taskEntry.path("who").asText()).isEqualTo("mary");
  }

  private List<String> hits(TestRestTemplate user, String q) {
    ResponseEntity<JsonNode> answer = user.getForEntity("/api/desk/cases?q={q}", JsonNode.class, q);
    assertThat(answer.getStatusCode()).as(q).isEqualTo(HttpStatus.OK);
    List<String> numbers = new ArrayList<>();
    answer.getBody().forEach(h -> numbers.add(h.path("caseNumber").asText()));
    return numbers;
  }

  private String register(Map<String, Object> request) {
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary")
        .postForEntity("/api/service-requests", request, JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().path("caseNumber").asText();
  }

  private ResponseEntity<JsonNode> post(WebappSession session, Map<String, Object> body, String idempotencyKey) {
    HttpHeaders headers = session.headers(session.csrfToken());
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.add("Idempotency-Key", idempotencyKey);
    return rest.exchange("/api/service-requests", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }

  static Map<String, Object> walkIn(String serial) {
    return Map.of("type", "repair", "channel", "walk-in",
        "customer", Map.of("name", "王芳", "phone", "13800138000", "email", "wang.fang@example.com",
            "address", "上海市黄浦区南京东路 1 号"),
        "product", Map.of("model", "WM-1200", "serialNumber", serial, "purchaseDate", "2026-06-01",
            "purchaseProof", true),
        "description", "滚筒不转");
  }

  static Map<String, Object> withCustomer(Map<String, Object> request, String name, String phone) {
    Map<String, Object> copy = new java.util.HashMap<>(request);
    copy.put("customer", Map.of("name", name, "phone", phone));
    return copy;
  }
}
