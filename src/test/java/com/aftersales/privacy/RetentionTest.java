package com.aftersales.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
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
 * Engine history has a time to live everywhere; closed cases lose their personal data (contact data and photos)
 * after the period.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RetentionTest {

  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

  @Autowired PersonalDataPurge purge;
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
  void closedCasesLosePersonalDataAfterThePeriodAndRecentOnesKeepIt() {
    String old = create("RET-OLD-" + System.nanoTime());
    String recent = create("RET-NEW-" + System.nanoTime());
    Instant now = Instant.now();
    jdbc.update("UPDATE service_case SET closed_at = ? WHERE case_number = ?",
        Timestamp.from(now.minus(3 * 366 + 1, ChronoUnit.DAYS)), old);
    jdbc.update("UPDATE service_case SET closed_at = ? WHERE case_number = ?",
        Timestamp.from(now.minus(30, ChronoUnit.DAYS)), recent);

    photo(old);
    photo(recent);

    assertThat(purge.purge(now)).isGreaterThanOrEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_photo WHERE case_number = ?", Integer.class, old))
        .as("the photos of a case past the period").isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_photo WHERE case_number = ?", Integer.class, recent))
        .as("the photos of a recent case").isEqualTo(1);
    Map<String, Object> erased = jdbc.queryForMap("SELECT * FROM service_case WHERE case_number = ?", old);
    assertThat(erased.get("CUSTOMER_NAME")).isEqualTo(PersonalDataPurge.ERASED);
    assertThat(erased.get("CUSTOMER_PHONE")).isNull();
    assertThat(erased.get("CUSTOMER_EMAIL")).isNull();
    assertThat(erased.get("CUSTOMER_ADDRESS")).isNull();
    assertThat(erased.get("PRODUCT_MODEL")).isEqualTo("WM-1200");
    Map<String, Object> kept = jdbc.queryForMap("SELECT * FROM service_case WHERE case_number = ?", recent);
    assertThat(kept.get("CUSTOMER_NAME")).isEqualTo("Sun Yu");
    assertThat(jdbc.queryForObject("SELECT cu.phone FROM service_case s JOIN customer cu ON cu.id = s.customer_id"
        + " WHERE s.case_number = ?", String.class, recent)).as("the archive keeps the customer's phone")
        .isEqualTo("13900139000");
    // A second run finds nothing left to erase.
    assertThat(purge.purge(now)).isZero();
  }

  private void photo(String caseNumber) {
    jdbc.update("INSERT INTO case_photo (case_number, kind, content_type, size_bytes, file_name, uploaded_by,"
        + " uploaded_at, content) VALUES (?, 'FAULT', 'image/png', 4, 'door.png', 'eric', ?, ?)",
        caseNumber, Timestamp.from(Instant.now()), new byte[] {1, 2, 3, 4});
  }

  private String create(String reference) {
    var body = Map.of("type", "complaint", "channel", "phone",
        "customer", Map.of("name", "Sun Yu", "phone", "13900139000", "address", "3 Bund, Shanghai"),
        "product", Map.of("model", "WM-1200"), "description", "Door seal leaks", "externalReference", reference);
    return rest.withBasicAuth("mary", "mary").postForObject("/api/service-requests", body,
        com.fasterxml.jackson.databind.JsonNode.class).path("caseNumber").asText();
  }
}
