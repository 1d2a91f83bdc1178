package com.aftersales.privacy;

import com.aftersales.security.PartsRequestAtReview;

import static com.aftersales.security.PartsRequestAtReview.ADDRESS;
import static com.aftersales.security.PartsRequestAtReview.EMAIL;
import static com.aftersales.security.PartsRequestAtReview.PHONE;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.parts.PartsProcess.Elements;
import com.aftersales.testsupport.RawHttp;
import com.aftersales.testsupport.RawHttp.Answer;
import com.aftersales.testsupport.WebappSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every variable endpoint of the engine's REST API (/engine-rest) and of the webapps' copy of it
 * (/camunda/api/engine/engine/default), plus Cockpit's plugin queries, probed by staff outside the contact-data
 * policy (planning, the general manager, marketing) with the contact variables' names hidden every way a path,
 * a query string or a JSON body allows: path parameters ({@code ;x}, {@code ;jsessionid=1}, {@code %3B}), single
 * and double percent-encoding, other letter case, dot segments, encoded slashes, control and non-ASCII bytes, LIKE
 * patterns with wildcards and backslash escapes. GET, PUT, POST and DELETE. Never the value in an answer, never a
 * 2xx to a write, and afterwards the case's variables exactly as before; customer service and service managers
 * still read and write them through the same endpoints.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContactDataEveryVariableEndpointTest {

  static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";
  static final String COCKPIT_PLUGIN = "/camunda/api/cockpit/plugin/base/default";

  /** A contact variable's name in a path segment, as sent on the request line. */
  static final List<String> PATH_NAMES = List.of(
      "customerPhone", "customerPhone;x", "customerPhone;jsessionid=1", "customerPhone%3Bx", "customerPhone%3bx",
      "customerPhone%253Bx", "customer%50hone", "customer%2550hone", "CUSTOMERPHONE", "customerphone",
      "customerPhone/", "./customerPhone", "x/../customerPhone", "customerPhone%2F", "customerPhone%00",
      "customerPhone%C2%A0", "customerPhone\\", "customerEmail;a=b", "customerAddress%3B");

  /** A contact variable's name as a query-string value. */
  static final List<String> QUERY_NAMES = List.of(
      "customerPhone", "CUSTOMERPHONE", "customer%50hone", "customer%2550hone", "customerPhone%3Bx", "customerEmail");

  /** Name patterns (query-string encoded) that match a contact variable under the engine's LIKE ... ESCAPE '\'. */
  static final List<String> QUERY_LIKES = List.of(
      "customer%25", "customer%5CPhone", "customer%255CPhone", "customer_hone", "%25phone", "%25PHONE%25", "CUST%25",
      "%25", "customer%5C%50hone");

  /** A contact variable's name inside a JSON string (already JSON-escaped). */
  static final List<String> BODY_NAMES = List.of(
      "customerPhone", "CUSTOMERPHONE", "customer\\u0050hone", "customer%50hone", "customer%2550hone",
      "customerPhone;x", "customerAddress");

  static final List<String> BODY_LIKES = List.of("customer%", "customer\\\\Phone", "%phone", "customer_hone", "%");

  /** Who probes, and through which door. */
  record Caller(String name, String prefix, Map<String, String> headers, boolean webapp) {}

  /** One request of the sweep; a write must never be answered 2xx. */
  record Probe(String method, String path, String contentType, String body, boolean write) {}

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @LocalServerPort int port;

  String instance;
  String reviewTask;
  RawHttp raw;
  String vid;
  String hvid;

  @BeforeEach
  void caseWithContactData() {
    PartsRequestAtReview parts = PartsRequestAtReview.startFromBeforeTheArchive(http, taskService, managementService, runtimeService);
    instance = parts.instance();
    reviewTask = parts.reviewTask();
    raw = new RawHttp(port);
    vid = runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance)
        .variableName(CaseVariables.CUSTOMER_PHONE).singleResult().getId();
    hvid = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName(CaseVariables.CUSTOMER_PHONE).singleResult().getId();
  }

  @AfterEach
  void removeCase() {
    runtimeService.deleteProcessInstance(instance, "test done");
  }

  @Test
  void staffOutsideTheContactDataPolicyNeverReadNorWriteContactDataThroughAnyVariableEndpoint() throws IOException {
    Set<String> before = new TreeSet<>(runtimeService.getVariables(instance).keySet());
    Set<String> localBefore = new TreeSet<>(taskService.getVariablesLocal(reviewTask).keySet());
    List<Caller> callers = List.of(
        basic("paul"), basic("grace"), basic("mark"),
        session("paul", "tasklist"), session("grace", "cockpit"), session("mark", "tasklist"));

    int requests = 0;
    int refusals = 0;
    SoftAssertions softly = new SoftAssertions();
    for (Caller caller : callers) {
      for (Probe probe : probes(caller)) {
        Answer answer = send(caller, probe);
        requests++;
        if (!answer.is2xx()) {
          refusals++;
        }
        String what = caller.name() + " " + probe.method() + " " + probe.path() + " " + probe.body() + " -> "
            + answer.status() + " " + answer.body();
        softly.assertThat(answer.body()).as(what).doesNotContain(PHONE, EMAIL, ADDRESS);
        if (probe.write()) {
          softly.assertThat(answer.is2xx()).as(what).isFalse();
        }
        softly.assertThat(answer.status()).as(what).isLessThan(500);
      }
    }
    softly.assertAll();

    assertThat(new TreeSet<>(runtimeService.getVariables(instance).keySet())).isEqualTo(before);
    assertThat(runtimeService.getVariables(instance, ContactDataFilter.CONTACT_VARIABLES)).containsExactlyInAnyOrderEntriesOf(
        Map.of(CaseVariables.CUSTOMER_PHONE, PHONE, CaseVariables.CUSTOMER_EMAIL, EMAIL,
            CaseVariables.CUSTOMER_ADDRESS, ADDRESS));
    assertThat(new TreeSet<>(taskService.getVariablesLocal(reviewTask).keySet())).isEqualTo(localBefore);
    assertThat(taskService.createTaskQuery().taskId(reviewTask).count()).isEqualTo(1);
    System.out.printf("Contact-data sweep: %d requests, %d refused, %d answered 2xx without contact data%n",
        requests, refusals, requests - refusals);
    assertThat(requests).isGreaterThan(2000);
  }

  @Test
  void customerServiceAndServiceManagersStillReadAndWriteContactDataThroughTheSameEndpoints() throws IOException {
    // an instance from before the archive: the filter lets those who need contact data work with it
    String taken = PartsRequestAtReview.withContactVariables(runtimeService,
        PartsRequestAtReview.taken(http, managementService));
    try {
      String record = taskService.createTaskQuery().processInstanceId(taken)
          .taskDefinitionKey(Elements.RECORD_REQUEST).singleResult().getId();
      for (Caller mary : List.of(basic("mary"), session("mary", "tasklist"))) {
        String task = mary.prefix() + "/task/" + record;
        assertThat(send(mary, get(task + "/variables/customerPhone")).body()).contains(PHONE);
        assertThat(send(mary, get(task + "/variables")).body()).contains(PHONE, EMAIL, ADDRESS);
        assertThat(send(mary, get(task + "/form-variables?variableNames=customerPhone,customerEmail")).body())
            .contains(PHONE, EMAIL);
        Answer written = send(mary, json("PUT", task + "/variables/customerPhone",
            "{\"value\":\"13900001111\",\"type\":\"String\"}", true));
        assertThat(written.status()).as(written.body()).isEqualTo(HttpStatus.NO_CONTENT.value());
        assertThat(runtimeService.getVariable(taken, CaseVariables.CUSTOMER_PHONE)).isEqualTo("13900001111");
        Answer modified = send(mary, json("POST", task + "/variables",
            "{\"modifications\":{\"customerPhone\":{\"value\":\"" + PHONE + "\",\"type\":\"String\"}}}", true));
        assertThat(modified.status()).as(modified.body()).isEqualTo(HttpStatus.NO_CONTENT.value());
        assertThat(runtimeService.getVariable(taken, CaseVariables.CUSTOMER_PHONE)).isEqualTo(PHONE);
      }
      for (Caller sam : List.of(basic("sam"), session("sam", "cockpit"))) {
        String p = sam.prefix();
        assertThat(send(sam, get(p + "/process-instance/" + taken + "/variables/customerPhone")).body())
            .contains(PHONE);
        assertThat(send(sam, get(p + "/execution/" + taken + "/localVariables/customerEmail")).body())
            .contains(EMAIL);
        assertThat(send(sam, get(p + "/variable-instance?processInstanceIdIn=" + taken
            + "&variableNameLike=customer%25")).body()).contains(PHONE, EMAIL, ADDRESS);
        assertThat(send(sam, get(p + "/history/variable-instance?processInstanceId=" + taken
            + "&variableName=customerAddress")).body()).contains(ADDRESS);
        assertThat(send(sam, json("POST", p + "/variable-instance",
            "{\"processInstanceIdIn\":[\"" + taken + "\"],\"variableName\":\"customerPhone\"}", false)).body())
            .contains(PHONE);
      }
    } finally {
      runtimeService.deleteProcessInstance(taken, "test done");
    }
  }

  // ---- the sweep ----

  List<Probe> probes(Caller caller) {
    String p = caller.prefix();
    String pi = instance;
    String t = reviewTask;
    List<Probe> probes = new ArrayList<>();

    List<String> namedInPath = List.of(
        "/process-instance/" + pi + "/variables/", "/execution/" + pi + "/localVariables/",
        "/task/" + t + "/variables/", "/task/" + t + "/localVariables/",
        "/case-instance/" + pi + "/variables/", "/case-execution/" + pi + "/variables/",
        "/case-execution/" + pi + "/localVariables/");
    for (String resource : namedInPath) {
      for (String name : PATH_NAMES) {
        String path = p + resource + name;
        probes.add(get(path));
        probes.add(get(path + "/data"));
        probes.add(json("PUT", path, "{\"value\":\"000\",\"type\":\"String\"}", true));
        probes.add(new Probe("DELETE", path, null, null, true));
        probes.add(new Probe("POST", path + "/data", "multipart/form-data; boundary=XyZ", multipart(), true));
      }
    }

    List<String> queriedByName = List.of(
        "/variable-instance?variableName=", "/variable-instance?processInstanceIdIn=" + pi + "&variableName=",
        "/history/variable-instance?variableName=", "/history/variable-instance?processInstanceId=" + pi
            + "&variableName=", "/task/" + t + "/form-variables?variableNames=caseNumber,",
        "/process-instance/" + pi + "/variables?deserializeValues=false&variableNames=",
        "/process-instance?variables={}_eq_" + PHONE, "/process-instance?variables={}_like_137%25",
        "/task?processVariables={}_eq_" + PHONE, "/task?variableNamesIgnoreCase=true&processVariables={}_eq_" + PHONE,
        "/execution?variables={}_eq_" + PHONE, "/history/process-instance?variables={}_eq_" + PHONE,
        "/history/task?processVariables={}_eq_" + PHONE, "/history/variable-instance?variableValue=" + PHONE
            + "&variableName=", "/variable-instance?variableValues=value_eq_" + PHONE + "&variableName=");
    for (String query : queriedByName) {
      for (String name : QUERY_NAMES) {
        probes.add(get(p + (query.contains("{}") ? query.replace("{}", name) : query + name)));
      }
    }
    List<String> queriedByPattern = List.of(
        "/variable-instance?variableNameLike=", "/variable-instance?processInstanceIdIn=" + pi + "&variableNameLike=",
        "/history/variable-instance?variableNameLike=", "/history/variable-instance?processInstanceId=" + pi
            + "&variableNameLike=", "/history/detail?processInstanceId=" + pi + "&variableNameLike=",
        "/history/variable-instance?variableValue=" + PHONE + "&variableNameLike=");
    for (String query : queriedByPattern) {
      for (String like : QUERY_LIKES) {
        probes.add(get(p + query + like));
      }
    }
    for (String whole : List.of(
        "/process-instance/" + pi + "/variables", "/process-instance/" + pi + "/variables?deserializeValues=false",
        "/execution/" + pi + "/localVariables", "/task/" + t + "/variables", "/task/" + t + "/localVariables",
        "/task/" + t + "/form-variables", "/task/" + t + "/form-variables?variableNames=customer%25",
        "/variable-instance?processInstanceIdIn=" + pi, "/variable-instance/" + vid, "/variable-instance/" + vid
            + "/data", "/history/variable-instance?processInstanceId=" + pi, "/history/variable-instance/" + hvid,
        "/history/variable-instance/" + hvid + "/data", "/history/detail?processInstanceId=" + pi,
        "/task?processInstanceId=" + pi + "&withVariables=true", "/history/variable-instance?deserializeValues=false")) {
      probes.add(get(p + whole));
    }

    for (String name : BODY_NAMES) {
      String condition = "[{\"name\":\"" + name + "\",\"operator\":\"eq\",\"value\":\"" + PHONE + "\"}]";
      String set = "{\"" + name + "\":{\"value\":\"000\",\"type\":\"String\"}}";
      for (String query : List.of("/variable-instance", "/history/variable-instance")) {
        probes.add(json("POST", p + query, "{\"variableName\":\"" + name + "\"}", false));
        probes.add(json("POST", p + query, "{\"processInstanceIdIn\":[\"" + pi + "\"],\"variableName\":\"" + name
            + "\",\"variableValues\":[{\"name\":\"value\",\"operator\":\"eq\",\"value\":\"" + PHONE + "\"}]}", false));
      }
      probes.add(json("POST", p + "/process-instance", "{\"variables\":" + condition + "}", false));
      probes.add(json("POST", p + "/process-instance/count", "{\"variables\":" + condition + "}", false));
      probes.add(json("POST", p + "/task", "{\"processVariables\":" + condition + "}", false));
      probes.add(json("POST", p + "/task", "{\"variableNamesIgnoreCase\":true,\"processVariables\":" + condition
          + "}", false));
      probes.add(json("POST", p + "/execution", "{\"variables\":" + condition + "}", false));
      probes.add(json("POST", p + "/history/process-instance", "{\"variables\":" + condition + "}", false));
      if (caller.webapp()) {
        probes.add(json("POST", COCKPIT_PLUGIN + "/process-instance", "{\"variables\":" + condition + "}", false));
        probes.add(json("POST", COCKPIT_PLUGIN + "/process-instance/count", "{\"variables\":" + condition + "}",
            false));
        probes.add(json("POST", COCKPIT_PLUGIN + "/process-instance/" + pi + "/called-process-instances",
            "{\"variables\":" + condition + "}", false));
      }
      for (String scope : List.of("/process-instance/" + pi + "/variables", "/execution/" + pi + "/localVariables",
          "/task/" + t + "/variables", "/task/" + t + "/localVariables", "/case-instance/" + pi + "/variables",
          "/case-execution/" + pi + "/localVariables")) {
        probes.add(json("POST", p + scope, "{\"modifications\":" + set + "}", true));
        probes.add(json("POST", p + scope, "{\"deletions\":[\"" + name + "\"]}", true));
      }
      probes.add(json("POST", p + "/task/" + t + "/complete", "{\"variables\":" + set + "}", true));
      probes.add(json("POST", p + "/task/" + t + "/submit-form", "{\"variables\":" + set + "}", true));
      probes.add(json("POST", p + "/task/" + t + "/resolve", "{\"variables\":" + set + "}", true));
      probes.add(json("POST", p + "/message", "{\"messageName\":\"none\",\"processInstanceId\":\"" + pi
          + "\",\"processVariables\":" + set + "}", true));
      probes.add(json("POST", p + "/signal", "{\"name\":\"none\",\"variables\":" + set + "}", true));
      probes.add(json("POST", p + "/condition", "{\"variables\":" + set + "}", true));
    }
    for (String like : BODY_LIKES) {
      for (String query : List.of("/variable-instance", "/history/variable-instance")) {
        probes.add(json("POST", p + query, "{\"variableNameLike\":\"" + like + "\"}", false));
        probes.add(json("POST", p + query + "?deserializeValues=false", "{\"processInstanceIdIn\":[\"" + pi
            + "\"],\"variableNameLike\":\"" + like + "\"}", false));
      }
    }
    return probes;
  }

  // ---- sending ----

  Caller basic(String user) {
    return new Caller(user + " (basic)", "/engine-rest", Map.of(HttpHeaders.AUTHORIZATION, RawHttp.basic(user)),
        false);
  }

  Caller session(String user, String app) {
    WebappSession session = WebappSession.login(http, user, app);
    assertThat(session.loginStatus()).as(user + " in " + app).isEqualTo(HttpStatus.OK);
    Map<String, String> headers = new LinkedHashMap<>();
    session.headers(session.csrfToken()).forEach((name, values) -> headers.put(name, String.join("; ", values)));
    return new Caller(user + " (" + app + ")", WEBAPP_ENGINE, headers, true);
  }

  Answer send(Caller caller, Probe probe) throws IOException {
    return raw.send(probe.method(), probe.path(), caller.headers(), probe.contentType(),
        probe.body() == null ? null : probe.body().getBytes(StandardCharsets.UTF_8));
  }

  static Probe get(String path) {
    return new Probe("GET", path, null, null, false);
  }

  static Probe json(String method, String path, String body, boolean write) {
    return new Probe(method, path, "application/json", body, write);
  }

  static String multipart() {
    return "--XyZ\r\nContent-Disposition: form-data; name=\"data\"; filename=\"phone.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\n000\r\n--XyZ\r\nContent-Disposition: form-data; name=\"valueType\"\r\n\r\n"
        + "Bytes\r\n--XyZ--\r\n";
  }
}
