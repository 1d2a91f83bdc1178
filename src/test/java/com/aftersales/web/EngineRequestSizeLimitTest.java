package com.aftersales.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.RawHttp;
import com.aftersales.testsupport.RawHttp.Answer;
import com.aftersales.testsupport.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine's REST API and the webapps' API refuse bodies above {@code aftersales.engine-api.max-body-bytes}
 * (1 MB) with 413 problem+json: by the declared length before reading, and while reading a chunked body, before
 * authentication and before the contact-data filter would buffer it. Deployments (what Camunda Modeler sends) get
 * the larger {@code max-upload-bytes} (20 MB) and still work.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineRequestSizeLimitTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final int OVER_THE_LIMIT = 3 * 1024 * 1024;

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;
  @LocalServerPort int port;

  @Test
  void aDeclaredBodyOverTheLimitIs413BeforeItIsRead() throws IOException {
    for (Map.Entry<String, Map<String, String>> door : doors().entrySet()) {
      Answer answer = new RawHttp(port).send("POST", door.getKey(), door.getValue(), "application/json",
          largeQuery(), false);
      assertTooLarge(door.getKey(), answer);
    }
  }

  @Test
  void aChunkedBodyOverTheLimitIs413WhileItIsRead() throws IOException {
    for (Map.Entry<String, Map<String, String>> door : doors().entrySet()) {
      Answer answer = new RawHttp(port).send("POST", door.getKey(), door.getValue(), "application/json",
          largeQuery(), true);
      assertTooLarge(door.getKey(), answer);
    }
  }

  @Test
  void aChunkedBodyWithinTheLimitStillWorks() throws IOException {
    byte[] query = "{\"processDefinitionKey\":\"parts\",\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"asc\"}]}"
        .getBytes(StandardCharsets.UTF_8);
    for (Map.Entry<String, Map<String, String>> door : doors().entrySet()) {
      Answer answer = new RawHttp(port).send("POST", door.getKey(), door.getValue(), "application/json", query, true);
      assertThat(answer.status()).as(door.getKey() + " " + answer.body()).isEqualTo(200);
    }
  }

  @Test
  void anOversizedBodyIsRefusedBeforeAuthentication() throws IOException {
    Answer answer = new RawHttp(port).send("POST", "/engine-rest/task", Map.of(), "application/json", largeQuery(),
        true);
    assertTooLarge("anonymous", answer);
  }

  @Test
  void deploymentsUnderTheUploadLimitStillWorkAndLargerOnesAre413() throws IOException {
    Map<String, String> admin = Map.of(HttpHeaders.AUTHORIZATION, RawHttp.basic("admin"));
    for (int padding : List.of(0, 2 * 1024 * 1024)) {
      Answer deployed = new RawHttp(port).send("POST", "/engine-rest/deployment/create", admin,
          "multipart/form-data; boundary=Bnd", deployment("sizeLimit" + padding, padding), padding > 0);
      assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
      String id = JSON.readTree(deployed.body()).path("id").asText();
      assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(id).count()).isEqualTo(1);
      repositoryService.deleteDeployment(id, true);
    }
    Answer tooLarge = new RawHttp(port).send("POST", "/engine-rest/deployment/create", admin,
        "multipart/form-data; boundary=Bnd", deployment("sizeLimitTooLarge", 21 * 1024 * 1024), false);
    assertTooLarge("deployment", tooLarge);
    assertThat(repositoryService.createDeploymentQuery().deploymentName("sizeLimitTooLarge").count()).isZero();
  }

  /** The task query as paul (Basic, outside the contact-data policy) and as grace in Cockpit. */
  private Map<String, Map<String, String>> doors() {
    Map<String, Map<String, String>> doors = new LinkedHashMap<>();
    doors.put("/engine-rest/task", Map.of(HttpHeaders.AUTHORIZATION, RawHttp.basic("paul")));
    WebappSession cockpit = WebappSession.login(http, "grace", "cockpit");
    Map<String, String> session = new LinkedHashMap<>();
    cockpit.headers(cockpit.csrfToken()).forEach((name, values) -> session.put(name, String.join("; ", values)));
    doors.put("/camunda/api/engine/engine/default/task", session);
    return doors;
  }

  private static byte[] largeQuery() {
    return ("{\"processDefinitionKey\":\"" + "x".repeat(OVER_THE_LIMIT) + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] deployment(String name, int padding) {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" targetNamespace="http://aftersales.example/test">
          <bpmn:process id="%1$s" name="Deployed by a test" isExecutable="true" camunda:historyTimeToLive="P180D">
            <bpmn:documentation>%2$s</bpmn:documentation>
            <bpmn:startEvent id="StartEvent_Started" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(name, "d".repeat(padding));
    return ("--Bnd\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name + "\r\n"
        + "--Bnd\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + name + ".bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--Bnd--\r\n").getBytes(StandardCharsets.UTF_8);
  }

  private static void assertTooLarge(String what, Answer answer) throws IOException {
    assertThat(answer.status()).as(what + " " + answer.body()).isEqualTo(413);
    assertThat(answer.headers().toLowerCase()).contains("content-type: application/problem+json");
    JsonNode problem = JSON.readTree(answer.body());
    assertThat(problem.path("status").asInt()).isEqualTo(413);
  }
}
