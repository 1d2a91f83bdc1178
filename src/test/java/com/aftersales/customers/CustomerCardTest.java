package com.aftersales.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.EngineVariableScan;
import com.aftersales.testsupport.Jobs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Contact data is no engine variable: intake gives every flow the customer's archive id, and a task's form links to
 * the customer card, which shows the viewer what their open task about the customer needs and nothing to anyone
 * else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CustomerCardTest extends CustomerApiScenarios {

  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  private record Intake(String caseNumber, String processInstanceId, long customerId) {}

  private Intake intake(String type, String phone, String email, String address) throws Exception {
    ObjectNode body = json.createObjectNode().put("type", type).put("channel", "phone")
        .put("description", "洗衣机漏水，要求处理").put("externalReference", "CARD-" + UUID.randomUUID());
    body.putObject("customer").put("name", "吴十").put("phone", phone).put("email", email).put("address", address);
    body.putObject("product").put("model", "WM-1200").put("serialNumber", randomSerial())
        .put("purchaseDate", "2026-01-05").put("purchaseProof", true);
    ResponseEntity<String> answer = post("mary", "/api/service-requests", body.toString(), MediaType.APPLICATION_JSON);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
    JsonNode created = body(answer);
    Jobs.runDue(managementService, created.get("processInstanceId").asText());
    return new Intake(created.get("caseNumber").asText(), created.get("processInstanceId").asText(),
        created.get("customerId").asLong());
  }

  @Test
  void noFlowStartedByIntakeCarriesContactDataInAnyVariable() throws Exception {
    List<String> contacts = new ArrayList<>();
    for (String type : List.of("repair", "exchange", "complaint")) {
      String phone = randomPhone();
      String email = "nowhere" + phone + "@example.cn";
      String address = "无处路 " + phone + " 号";
      contacts.addAll(List.of(phone, email, address));
      Intake started = intake(type, phone, email, address);
      assertThat(runtimeService.getVariable(started.processInstanceId(), "customerId"))
          .isEqualTo(started.customerId());
    }

    assertThat(EngineVariableScan.mentions(runtimeService, historyService, contacts)).isEmpty();
  }

  @Test
  void theCardShowsTheTaskGroupWhatItNeedsAndIsLogged() throws Exception {
    String phone = randomPhone();
    Intake started = intake("repair", phone, "card" + phone + "@example.cn", "卡片路 <b>1</b> 号");
    Task assess = taskService.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult();
    String card = "/api/customers/" + started.customerId() + "/card";

    JsonNode forMary = body(get("mary", card + "?task=" + assess.getId()));

    assertThat(forMary.get("phone").asText()).isEqualTo(phone);
    assertThat(forMary.get("email").asText()).isEqualTo("card" + phone + "@example.cn");
    assertThat(forMary.get("address").asText()).isEqualTo("卡片路 <b>1</b> 号");
    HttpHeaders html = as("mary", null);
    html.setAccept(List.of(MediaType.TEXT_HTML));
    ResponseEntity<String> page = http.exchange(card, HttpMethod.GET, new HttpEntity<>(html), String.class);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(page.getBody()).contains(phone).contains("卡片路 &lt;b&gt;1&lt;/b&gt; 号").doesNotContain("<b>1");
    // issue 23: the engineer on the way opens the address on a map
    assertThat(page.getBody()).contains("<a href=\"https://uri.amap.com/search?keyword="
        + java.net.URLEncoder.encode("卡片路 <b>1</b> 号", java.nio.charset.StandardCharsets.UTF_8) + "\"")
        .contains("在地图中查看");

    // no open task about this customer: nothing, not even for a manager
    assertProblem(get("eric", card), 403);
    assertProblem(get("pete", card), 403);
    assertProblem(get("grace", card + "?task=" + assess.getId()), 403);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_access_log WHERE customer_id = ? AND view_kind ="
        + " 'CARD' AND staff_user = 'mary'", Integer.class, started.customerId())).isEqualTo(2);
  }

  @Test
  void aTaskAboutAnotherCustomerOpensNoCard() throws Exception {
    Intake mine = intake("repair", randomPhone(), null, null);
    Intake other = intake("repair", randomPhone(), null, null);
    Task otherTask = taskService.createTaskQuery().processInstanceId(other.processInstanceId()).singleResult();

    assertProblem(get("mary", "/api/customers/" + mine.customerId() + "/card?task=" + otherTask.getId()), 403);
    assertBadField(get("mary", "/api/customers/x/card"), "id");
  }

  @Test
  void theFormsLinkToTheCardInsteadOfShowingContactFields() throws Exception {
    Intake started = intake("repair", randomPhone(), null, null);
    Task assess = taskService.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult();

    ResponseEntity<String> form = get("mary", "/engine-rest/task/" + assess.getId() + "/deployed-form");

    assertThat(form.getBody()).contains("/api/customers/{{customerId}}/card")
        .doesNotContain("customerPhone", "customerEmail", "customerAddress");
  }
}
