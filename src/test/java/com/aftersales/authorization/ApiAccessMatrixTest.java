package com.aftersales.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.privacy.ContactDataPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Every resource of the application's API × every group: 2xx or 403 as the table says, 401 without
 * credentials; contact data only for the groups {@link ContactDataPolicy} names; no password in the logs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class ApiAccessMatrixTest {

  static final Set<String> ALL = TaskAuthorizationMatrixTest.USER_OF_GROUP.keySet();
  static final Set<String> PARTS = Set.of("customer-service", "planning", "production", "warehouse", "sales",
      "finance", "marketing-managers", "service-managers", "camunda-admin");
  static final Set<String> COMPLAINT_REPORT = Set.of("service-managers", "general-manager", "analysts",
      "camunda-admin");

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;

  record Resource(String path, Set<String> allowed) {}

  static Set<String> union(Set<String> a, Set<String> b) {
    java.util.Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void everyResourceAnswersEachGroupAsTheTableSaysAndAnonymousGets401() {
    String caseNumber = createCase("ACCESS-" + System.nanoTime());
    String day = LocalDate.now().toString();
    List<Resource> resources = List.of(
        new Resource("/api/service-requests/" + caseNumber, ALL),
        new Resource("/api/parts-requests", PARTS),
        new Resource("/api/parts-requests/daily-summaries", PARTS),
        new Resource("/api/parts-price-list", PARTS),
        // market supervision traces complaints (000 第一篇 第九条)
        new Resource("/api/reports/complaints?from=" + day + "&to=" + day,
            union(COMPLAINT_REPORT, Set.of("market-supervision"))),
        // every staff member reads their own figures; managers those of their groups (StaffReportHttpTest)
        new Resource("/api/reports/staff?from=" + day + "&to=" + day, ALL),
        new Resource("/api/reports/archive", COMPLAINT_REPORT),
        new Resource("/api/reports/visits", COMPLAINT_REPORT),
        new Resource("/api/visit-plans", Set.of("service-managers")),
        new Resource("/api/service-campaigns", Set.of("service-managers")),
        // the FAQ is read by all staff (003 六1(b)); consultation figures by who acts on suggestions (002 第九条2)
        new Resource("/api/faq", ALL),
        new Resource("/api/reports/consultations?from=" + day + "&to=" + day, Set.of("service-managers",
            "sales-office", "general-manager", "analysts", "camunda-admin")),
        // the engineers' levels labour-rate.dmn prices by: kept by service managers, read by engineers too
        new Resource("/api/engineer-levels", Set.of("service-managers", "general-manager", "engineers",
            "camunda-admin")),
        // the product lines the parts catalogues follow: kept by service managers
        new Resource("/api/product-lines", Set.of("service-managers", "camunda-admin")));
    List<String> mismatches = new ArrayList<>();
    for (Resource resource : resources) {
      for (var entry : TaskAuthorizationMatrixTest.USER_OF_GROUP.entrySet()) {
        int status = rest.withBasicAuth(entry.getValue(), entry.getValue())
            .getForEntity(resource.path(), String.class).getStatusCode().value();
        int expected = resource.allowed().contains(entry.getKey()) ? 200 : 403;
        if (status != expected) {
          mismatches.add(resource.path() + " as " + entry.getKey() + ": " + status + " instead of " + expected);
        }
      }
      assertThat(rest.getForEntity(resource.path(), String.class).getStatusCode().value())
          .as("anonymous %s", resource.path()).isEqualTo(401);
      assertThat(rest.withBasicAuth("nobody-" + System.nanoTime(), "wrong").getForEntity(resource.path(), String.class)
          .getStatusCode().value()).as("wrong password %s", resource.path()).isEqualTo(401);
    }
    // Any staff member takes requests (phone calls reach whoever answers); repeats answer 200.
    String reference = "ACCESS-POST-" + System.nanoTime();
    for (var entry : TaskAuthorizationMatrixTest.USER_OF_GROUP.entrySet()) {
      int status = rest.withBasicAuth(entry.getValue(), entry.getValue())
          .postForEntity("/api/service-requests", request(reference), String.class).getStatusCode().value();
      if (status != 200 && status != 201) {
        mismatches.add("POST /api/service-requests as " + entry.getKey() + ": " + status);
      }
    }
    assertThat(rest.postForEntity("/api/service-requests", request("ANON-" + System.nanoTime()), String.class)
        .getStatusCode().value()).isEqualTo(401);
    assertThat(mismatches).isEmpty();
  }

  @Test
  void contactDataIsShownOnlyToGroupsThatNeedIt() {
    String caseNumber = createCase("CONTACT-" + System.nanoTime());
    for (var entry : TaskAuthorizationMatrixTest.USER_OF_GROUP.entrySet()) {
      JsonNode customer = rest.withBasicAuth(entry.getValue(), entry.getValue())
          .getForObject("/api/service-requests/" + caseNumber, JsonNode.class).path("customer");
      assertThat(customer.path("name").asText()).isEqualTo("Qian Li");
      boolean needs = ContactDataPolicy.NEEDING.contains(entry.getKey());
      for (String field : List.of("phone", "email", "address")) {
        assertThat(customer.has(field)).as("%s sees %s", entry.getKey(), field).isEqualTo(needs);
      }
    }
  }

  @Test
  void passwordsNeverReachTheLog(CapturedOutput output) {
    String password = "Pw-" + Long.toHexString(System.nanoTime()) + "-secret";
    String wrong = "Wrong-" + Long.toHexString(System.nanoTime()) + "-guess";
    if (identityService.createUserQuery().userId("logcheck").count() == 0) {
      User user = identityService.newUser("logcheck");
      user.setPassword(password);
      identityService.saveUser(user);
      identityService.createMembership("logcheck", "customer-service");
    } else {
      User user = identityService.createUserQuery().userId("logcheck").singleResult();
      user.setPassword(password);
      identityService.saveUser(user);
    }
    String caseNumber = createCase("LOG-" + System.nanoTime());
    var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
    form.add("username", "logcheck");
    form.add("password", password);
    // Successful sign-ins first: a wrong password locks the user for a few seconds.
    assertThat(rest.withBasicAuth("logcheck", password).getForEntity("/api/service-requests/" + caseNumber,
        String.class).getStatusCode().value()).isEqualTo(200);
    assertThat(rest.withBasicAuth("logcheck", password).getForEntity("/engine-rest/task", String.class)
        .getStatusCode().value()).isEqualTo(200);
    // The webapp login is tried too (it answers 403 here without the XSRF cookie round trip); what matters is
    // that neither it nor its failure logs the password.
    rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist", form, String.class);
    assertThat(rest.withBasicAuth("logcheck", wrong).getForEntity("/api/service-requests/" + caseNumber,
        String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(rest.withBasicAuth("logcheck", wrong).getForEntity("/engine-rest/task", String.class)
        .getStatusCode().value()).isEqualTo(401);
    form.set("password", wrong);
    assertThat(rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist", form, String.class)
        .getStatusCode().value()).isGreaterThanOrEqualTo(400);
    assertThat(output.getAll()).contains("logcheck").doesNotContain(password).doesNotContain(wrong);
  }

  private String createCase(String reference) {
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary")
        .postForEntity("/api/service-requests", request(reference), JsonNode.class);
    assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isIn(200, 201);
    return created.getBody().path("caseNumber").asText();
  }

  private static Map<String, Object> request(String reference) {
    return Map.of("type", "complaint", "channel", "phone",
        "customer", Map.of("name", "Qian Li", "phone", "13900139000", "email", "qian.li@example.com",
            "address", "8 Huaihai Road, Shanghai"),
        "product", Map.of("model", "WM-1200"), "description", "Noisy spin cycle", "externalReference", reference);
  }
}
