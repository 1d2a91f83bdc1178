package com.aftersales.photos;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.MultiValueMap;

/**
 * Case photos over HTTP on H2: the engineer working the case uploads JPEG and PNG photos and reads them back; a text
 * file named .jpg, a PNG declared as JPEG, a photo over the size limit and a missing kind are refused with
 * problem+json naming the field and nothing written; someone with no part in the case gets 403.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PhotoHttpTest {

  @Autowired TestRestTemplate rest;
  @Autowired CaseService caseService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;
  @Autowired PhotoProperties properties;

  /** A repair case at the engineer's on-site diagnosis, assigned to eric. */
  private String caseAtDiagnosis() {
    String caseNumber = caseService.open(new NewCase("repair", "phone", "Photo Wu", "13500135991", null, null,
        "WM-1200", "SN-PHOTO-" + UUID.randomUUID().toString().substring(0, 8), LocalDate.now().minusMonths(2), true,
        "Drum leaks", null)).caseNumber();
    String instance = runtimeService.createProcessInstanceByKey("repair").businessKey(caseNumber)
        .setVariables(Map.of("caseNumber", caseNumber, "customerName", "Photo Wu", "productModel", "WM-1200",
            "engineer", "eric", "appointmentAt", new Date(System.currentTimeMillis() + 3600_000L)))
        .startBeforeActivity("Task_DiagnoseOnSite").execute().getId();
    caseService.attachProcessInstance(caseNumber, instance);
    return caseNumber;
  }

  private ResponseEntity<JsonNode> upload(String user, String caseNumber, MultiValueMap<String, Object> body) {
    return rest.withBasicAuth(user, user).postForEntity("/api/cases/" + caseNumber + "/photos",
        PhotoTestData.request(body, Map.of()), JsonNode.class);
  }

  private int stored(String caseNumber) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM case_photo WHERE case_number = ?", Integer.class, caseNumber);
  }

  private int photoRecords(String caseNumber) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM service_record WHERE case_number = ? AND action = ?",
        Integer.class, caseNumber, PhotoService.PHOTO_UPLOADED);
  }

  @Test
  void thePhotoPageIsServedWithItsScriptsWhichBuildNoHtmlFromText() {
    ResponseEntity<String> html = rest.getForEntity("/desk/photos.html", String.class);
    assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(html.getBody()).contains("photos.js", "photo-file");
    for (String script : List.of("photos.js", "photos-view.js")) {
      ResponseEntity<String> js = rest.getForEntity("/desk/" + script, String.class);
      assertThat(js.getStatusCode()).as(script).isEqualTo(HttpStatus.OK);
      assertThat(js.getHeaders().getContentType().toString()).contains("javascript");
      assertThat(js.getBody()).doesNotContain("https://", "innerHTML");
    }
  }

  @Test
  void theEngineerUploadsJpegAndPngPhotosSeesThemListedAndEachUploadIsOnTheTimeline() {
    String caseNumber = caseAtDiagnosis();
    byte[] jpeg = PhotoTestData.jpeg();

    ResponseEntity<JsonNode> fault = upload("eric", caseNumber,
        PhotoTestData.upload(jpeg, "故障.jpg", "image/jpeg", "fault"));
    assertThat(fault.getStatusCode()).as(String.valueOf(fault.getBody())).isEqualTo(HttpStatus.CREATED);
    JsonNode photo = fault.getBody();
    assertThat(photo.path("kind").asText()).isEqualTo("fault");
    assertThat(photo.path("contentType").asText()).isEqualTo("image/jpeg");
    assertThat(photo.path("uploadedBy").asText()).isEqualTo("eric");
    assertThat(photo.path("fileName").asText()).isEqualTo("故障.jpg");
    assertThat(photo.path("uploadedAt").path("text").asText()).endsWith("(Asia/Shanghai)");
    assertThat(fault.getHeaders().getLocation().toString()).endsWith(photo.path("url").asText());

    // declared as a generic file: the content decides
    ResponseEntity<JsonNode> repaired = upload("eric", caseNumber,
        PhotoTestData.upload(PhotoTestData.png(), "done.png", "application/octet-stream", "REPAIRED"));
    assertThat(repaired.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(repaired.getBody().path("contentType").asText()).isEqualTo("image/png");
    assertThat(repaired.getBody().path("kind").asText()).isEqualTo("repaired");

    JsonNode list = rest.withBasicAuth("eric", "eric").getForEntity("/api/cases/" + caseNumber + "/photos",
        JsonNode.class).getBody();
    assertThat(list).extracting(p -> p.path("kind").asText()).containsExactly("fault", "repaired");

    ResponseEntity<byte[]> image = rest.withBasicAuth("eric", "eric")
        .getForEntity(photo.path("url").asText(), byte[].class);
    assertThat(image.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(image.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
    assertThat(image.getHeaders().getCacheControl()).isEqualTo("private");
    assertThat(image.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(image.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline");
    assertThat(image.getBody()).isEqualTo(jpeg);

    // a service manager reads them too; every upload is a service record on the case's timeline
    assertThat(rest.withBasicAuth("sam", "sam").getForEntity("/api/cases/" + caseNumber + "/photos",
        JsonNode.class).getBody()).hasSize(2);
    JsonNode timeline = rest.withBasicAuth("eric", "eric").getForEntity("/api/desk/cases/" + caseNumber,
        JsonNode.class).getBody().path("timeline");
    List<JsonNode> records = new java.util.ArrayList<>();
    timeline.forEach(e -> {
      if ("record".equals(e.path("kind").asText()) && PhotoService.PHOTO_UPLOADED.equals(e.path("what").asText())) {
        records.add(e);
      }
    });
    assertThat(records).hasSize(2);
    assertThat(records.get(0).path("who").asText()).isEqualTo("eric");
    assertThat(records.get(0).path("detail").asText()).contains("故障", "故障.jpg");
  }

  @Test
  void aTextFileNamedJpgOrAPngDeclaredAsJpegIsRefusedAndNothingIsStored() {
    String caseNumber = caseAtDiagnosis();

    ResponseEntity<JsonNode> text = upload("eric", caseNumber, PhotoTestData.upload(
        "这不是照片 / not a photo".getBytes(java.nio.charset.StandardCharsets.UTF_8), "notes.jpg", "image/jpeg",
        "fault"));
    assertThat(text.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(text.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(text.getBody().path("errors").get(0).path("field").asText()).isEqualTo("file");

    ResponseEntity<JsonNode> mislabelled = upload("eric", caseNumber,
        PhotoTestData.upload(PhotoTestData.png(), "photo.jpg", "image/jpeg", "fault"));
    assertThat(mislabelled.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(mislabelled.getBody().path("errors").get(0).path("message").asText()).contains("image/png");

    assertThat(stored(caseNumber)).isZero();
    assertThat(photoRecords(caseNumber)).isZero();
  }

  @Test
  void aPhotoOverTheSizeLimitIsRefusedNamingTheFile() {
    String caseNumber = caseAtDiagnosis();
    byte[] jpeg = PhotoTestData.jpeg();
    byte[] tooLarge = Arrays.copyOf(jpeg, (int) properties.maxSize().toBytes() + 1);

    ResponseEntity<JsonNode> answer = upload("eric", caseNumber,
        PhotoTestData.upload(tooLarge, "huge.jpg", "image/jpeg", "fault"));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(answer.getBody().path("errors").get(0).path("field").asText()).isEqualTo("file");
    assertThat(stored(caseNumber)).isZero();
    assertThat(photoRecords(caseNumber)).isZero();
  }

  @Test
  void aMissingOrUnknownKindAndAMissingFileAreNamed() {
    String caseNumber = caseAtDiagnosis();
    ResponseEntity<JsonNode> noKind = upload("eric", caseNumber,
        PhotoTestData.upload(PhotoTestData.jpeg(), "a.jpg", "image/jpeg", null));
    assertThat(noKind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noKind.getBody().path("errors").get(0).path("field").asText()).isEqualTo("kind");
    ResponseEntity<JsonNode> badKind = upload("eric", caseNumber,
        PhotoTestData.upload(PhotoTestData.jpeg(), "a.jpg", "image/jpeg", "selfie"));
    assertThat(badKind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badKind.getBody().path("errors").get(0).path("message").asText()).contains("fault, repaired, other");
    ResponseEntity<JsonNode> noFile = upload("eric", caseNumber, PhotoTestData.upload(null, null, null, "fault"));
    assertThat(noFile.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noFile.getBody().path("errors").get(0).path("field").asText()).isEqualTo("file");
    assertThat(stored(caseNumber)).isZero();
  }

  @Test
  void someoneWithNoPartInTheCaseGets403AndAnUnknownCase404() throws Exception {
    String caseNumber = caseAtDiagnosis();
    String url = upload("eric", caseNumber, PhotoTestData.upload(PhotoTestData.jpeg(), "a.jpg", "image/jpeg",
        "fault")).getBody().path("url").asText();

    ResponseEntity<JsonNode> walt = upload("walt", caseNumber,
        PhotoTestData.upload(PhotoTestData.jpeg(), "a.jpg", "image/jpeg", "other"));
    assertThat(walt.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(walt.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    TestRestTemplate waltReads = rest.withBasicAuth("walt", "walt");
    assertThat(waltReads.getForEntity("/api/cases/" + caseNumber + "/photos", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(waltReads.getForEntity(url, byte[].class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(stored(caseNumber)).isEqualTo(1);

    // the other engineers may take the diagnosis (their group's task), so they see the photo
    ResponseEntity<byte[]> emma = rest.withBasicAuth("emma", "emma").getForEntity(url, byte[].class);
    assertThat(emma.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ImageIO.read(new ByteArrayInputStream(emma.getBody())).getWidth()).isEqualTo(40);

    assertThat(upload("eric", "AS-1999-999999", PhotoTestData.upload(PhotoTestData.jpeg(), "a.jpg", "image/jpeg",
        "fault")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.withBasicAuth("eric", "eric").getForEntity(url.replaceAll("[0-9]+$", "999999999"), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.postForEntity("/api/cases/" + caseNumber + "/photos", PhotoTestData.request(
        PhotoTestData.upload(PhotoTestData.jpeg(), "a.jpg", "image/jpeg", "fault"), Map.of()), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aCaseTakesNoMorePhotosThanTheLimit() {
    String caseNumber = caseAtDiagnosis();
    byte[] png = PhotoTestData.png();
    for (int i = 0; i < properties.maxPerCase(); i++) {
      assertThat(upload("eric", caseNumber, PhotoTestData.upload(png, "p" + i + ".png", "image/png", "other"))
          .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
    ResponseEntity<JsonNode> oneMore = upload("eric", caseNumber,
        PhotoTestData.upload(png, "more.png", "image/png", "other"));
    assertThat(oneMore.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(oneMore.getBody().path("errors").get(0).path("field").asText()).isEqualTo("file");
    assertThat(stored(caseNumber)).isEqualTo(properties.maxPerCase());
    assertThat(photoRecords(caseNumber)).isEqualTo(properties.maxPerCase());
  }
}
