package com.aftersales.photos;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.testsupport.PostgresAvailable;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Case photos on PostgreSQL 15: the bytes go into BYTEA and come back unchanged except for the removed GPS position,
 * the case row is locked for the count, a refused upload writes nothing, and the upload is on the case's timeline.
 */
@PostgresAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "pgtest"})
class PhotoPostgresTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseService caseService;
  @Autowired RuntimeService runtimeService;

  @Test
  void photosAreStoredReadAndRefusedOnPostgres() throws Exception {
    assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
    String caseNumber = caseService.open(new NewCase("repair", "phone", "Photo Pg", "13500135993", null, null,
        "WM-1200", "SN-PHPG-" + UUID.randomUUID().toString().substring(0, 8), LocalDate.now().minusMonths(2), true,
        "Drum leaks", null)).caseNumber();
    String instance = runtimeService.createProcessInstanceByKey("repair").businessKey(caseNumber)
        .setVariables(Map.of("caseNumber", caseNumber, "engineer", "eric",
            "appointmentAt", new Date(System.currentTimeMillis() + 3600_000L)))
        .startBeforeActivity("Task_DiagnoseOnSite").execute().getId();
    caseService.attachProcessInstance(caseNumber, instance);
    TestRestTemplate eric = rest.withBasicAuth("eric", "eric");
    byte[] phoneJpeg = LocationStripperTest.jpegWithGps();
    byte[] png = PhotoTestData.png();

    ResponseEntity<JsonNode> fault = eric.postForEntity("/api/cases/" + caseNumber + "/photos",
        PhotoTestData.request(PhotoTestData.upload(phoneJpeg, "IMG_0001.JPG", "image/jpeg", "fault"), Map.of()),
        JsonNode.class);
    assertThat(fault.getStatusCode()).as(String.valueOf(fault.getBody())).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<JsonNode> repaired = eric.postForEntity("/api/cases/" + caseNumber + "/photos",
        PhotoTestData.request(PhotoTestData.upload(png, "done.png", "image/png", "repaired"), Map.of()),
        JsonNode.class);
    assertThat(repaired.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<JsonNode> text = eric.postForEntity("/api/cases/" + caseNumber + "/photos",
        PhotoTestData.request(PhotoTestData.upload("plain text".getBytes(), "x.jpg", "image/jpeg", "other"),
            Map.of()), JsonNode.class);
    assertThat(text.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);

    byte[] storedJpeg = eric.getForEntity(fault.getBody().path("url").asText(), byte[].class).getBody();
    assertThat(storedJpeg).isEqualTo(LocationStripper.strip(ImageFormat.JPEG, phoneJpeg));
    assertThat(new String(storedJpeg, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude");
    assertThat(eric.getForEntity(repaired.getBody().path("url").asText(), byte[].class).getBody()).isEqualTo(png);
    assertThat(eric.getForEntity("/api/cases/" + caseNumber + "/photos", JsonNode.class).getBody())
        .extracting(p -> p.path("kind").asText()).containsExactly("fault", "repaired");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_photo WHERE case_number = ?", Integer.class,
        caseNumber)).isEqualTo(2);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM service_record WHERE case_number = ? AND action = ?",
        Integer.class, caseNumber, PhotoService.PHOTO_UPLOADED)).isEqualTo(2);
    assertThat(rest.withBasicAuth("walt", "walt").getForEntity("/api/cases/" + caseNumber + "/photos",
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
