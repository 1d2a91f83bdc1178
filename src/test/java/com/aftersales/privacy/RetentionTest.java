package com.aftersales.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import com.aftersales.customers.destruction.DestructionProcess;
import com.aftersales.testsupport.Jobs;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.springframework.scheduling.annotation.Scheduled;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Engine history has a time to live everywhere; personal data is never erased unattended: outdated archives are only
 * proposed for destruction (customers.destruction, ArchiveDestructionProcessTest).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RetentionTest {

  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  @Test
  void everyProcessAndDecisionHasAHistoryTimeToLive() throws Exception {
    File[] models = new File("processes").listFiles((d, n) -> n.endsWith(".bpmn") || n.endsWith(".dmn"));
    assertThat(models).isNotEmpty();
    int checked = 0;
    for (File model : models) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document doc = factory.newDocumentBuilder().parse(model);
      String element = model.getName().endsWith(".bpmn") ? "process" : "decision";
      NodeList nodes = doc.getElementsByTagNameNS("*", element);
      assertThat(nodes.getLength()).as(model.getName()).isPositive();
      for (int i = 0; i < nodes.getLength(); i++) {
        Element e = (Element) nodes.item(i);
        String ttl = e.getAttributeNS(CAMUNDA, "historyTimeToLive").isEmpty()
            ? e.getAttributeNS(CAMUNDA_DMN, "historyTimeToLive") : e.getAttributeNS(CAMUNDA, "historyTimeToLive");
        assertThat(ttl).as("%s %s", model.getName(), e.getAttribute("id"))
            .matches("P\\d+D|\\d+");
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(models.length);
  }

  @Test
  @DisplayName("002 二(一) 6.10: nothing erases personal data unattended; the nightly scan only proposes a destruction")
  void nothingErasesPersonalDataOnItsOwn() {
    assertThat(Arrays.stream(PersonalDataPurge.class.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(Scheduled.class))).as("no scheduled purge").isEmpty();
    String old = create("RET-OLD-" + System.nanoTime());
    jdbc.update("UPDATE service_case SET closed_at = ? WHERE case_number = ?",
        Timestamp.from(Instant.now().minus(3 * 366 + 1, ChronoUnit.DAYS)), old);

    ProcessInstance scan = runtimeService.startProcessInstanceByKey(DestructionProcess.SCAN_KEY);
    Jobs.runDue(managementService, scan.getId());

    Map<String, Object> kept = jdbc.queryForMap("SELECT * FROM service_case WHERE case_number = ?", old);
    assertThat(kept.get("CUSTOMER_NAME")).isEqualTo("Sun Yu");
    assertThat(jdbc.queryForObject("SELECT cu.phone FROM service_case s JOIN customer cu ON cu.id = s.customer_id"
        + " WHERE s.case_number = ?", String.class, old)).as("the scan erases nothing: the archive keeps the phone")
        .isEqualTo("13900139000");
  }

  private String create(String reference) {
    var body = Map.of("type", "complaint", "channel", "phone",
        "customer", Map.of("name", "Sun Yu", "phone", "13900139000", "address", "3 Bund, Shanghai"),
        "product", Map.of("model", "WM-1200"), "description", "Door seal leaks", "externalReference", reference);
    return rest.withBasicAuth("mary", "mary").postForObject("/api/service-requests", body,
        com.fasterxml.jackson.databind.JsonNode.class).path("caseNumber").asText();
  }
}
