package com.aftersales.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.privacy.PersonalDataPurge;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import com.aftersales.customers.Classification;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.CustomerKind;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.NewCustomer;
import com.aftersales.customers.SecrecyLevel;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The customer's signature over the API: stored with the case for whoever may open its file, checked to be a drawn
 * PNG (not empty, not another format), refused naming the field with nothing stored, and read back as the image.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignatureHttpTest {

  @Autowired TestRestTemplate rest;
  @Autowired CaseService caseService;
  @Autowired JdbcTemplate jdbc;
  @Autowired PersonalDataPurge purge;
  @Autowired CustomerService customers;

  @Test
  @DisplayName("a drawn signature is stored with the case, its time given in company time, and read back as the PNG")
  void storesAndReadsBack() throws IOException {
    String caseNumber = newCase();
    byte[] png = png(true);
    ResponseEntity<JsonNode> stored = sign("mary", caseNumber, "service-report", dataUrl(png));
    assertThat(stored.getStatusCode().value()).isEqualTo(201);
    assertThat(stored.getBody().path("signedAtText").asText()).endsWith("(Asia/Shanghai)");
    assertThat(stored.getBody().path("capturedBy").asText()).isEqualTo("mary");

    ResponseEntity<byte[]> image = rest.withBasicAuth("mary", "mary")
        .getForEntity("/api/cases/" + caseNumber + "/signatures/service-report.png", byte[].class);
    assertThat(image.getStatusCode().value()).isEqualTo(200);
    assertThat(image.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
    assertThat(image.getBody()).isEqualTo(png);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM service_record WHERE case_number = ? AND action = ?",
        Integer.class, caseNumber, CaseSignatures.ACTION)).isOne();
  }

  @Test
  @DisplayName("an empty pad, a JPEG, a wrong document or no image is refused naming the field, and nothing is stored")
  void badSignaturesAreRefused() throws IOException {
    String caseNumber = newCase();
    assertRefused(sign("mary", caseNumber, "service-report", dataUrl(png(false))), "image");
    assertRefused(sign("mary", caseNumber, "service-report", "data:image/jpeg;base64,/9j/4AAQ"), "image");
    assertRefused(sign("mary", caseNumber, "service-report", "data:image/png;base64,"
        + Base64.getEncoder().encodeToString("not a png".getBytes())), "image");
    assertRefused(sign("mary", caseNumber, "quote", dataUrl(png(true))), "document");
    assertRefused(sign("mary", caseNumber, "service-report", null), "image");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_signature WHERE case_number = ?", Integer.class,
        caseNumber)).isZero();
  }

  @Test
  @DisplayName("the signature follows the case file's access rule")
  void outsidersMayNotSign() throws IOException {
    String caseNumber = newCase();
    assertThat(sign("walt", caseNumber, "service-report", dataUrl(png(true))).getStatusCode().value()).isEqualTo(403);
    assertThat(rest.withBasicAuth("mary", "mary").getForEntity("/api/cases/" + caseNumber
        + "/signatures/service-report.png", JsonNode.class).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  @DisplayName("002 二(一) 6.10: a signature goes with the customer's personal data when the archive is destroyed; other customers' stay")
  void erasedWithTheArchive() throws IOException {
    String old = newCase();
    String other = newCase();
    sign("mary", old, "service-report", dataUrl(png(true)));
    sign("mary", other, "service-report", dataUrl(png(true)));
    long customer = archive(old);
    jdbc.update("UPDATE service_case SET closed_at = ? WHERE case_number = ?",
        Timestamp.from(Instant.now().minus(3 * 366 + 1, ChronoUnit.DAYS)), old);
    purge.erase(customer, Instant.now());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_signature WHERE case_number = ?", Integer.class, old))
        .isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_signature WHERE case_number = ?", Integer.class,
        other)).isOne();
  }

  /** Puts the case under an archive of its own and answers the archive's id. */
  private long archive(String caseNumber) {
    String phone = "135" + String.format("%08d", Math.floorMod(caseNumber.hashCode(), 100_000_000));
    long id = customers.create(new NewCustomer(CustomerKind.PERSON, "签名销毁 " + phone, null, phone, null, null, "华东",
        null, Classification.NORMAL, CreditGrade.C, BigDecimal.ZERO, null, SecrecyLevel.SECRET), "test", "test").id();
    jdbc.update("UPDATE service_case SET customer_id = ? WHERE case_number = ?", id, caseNumber);
    return id;
  }

  private void assertRefused(ResponseEntity<JsonNode> answer, String field) {
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody().path("errors").get(0).path("field").asText()).isEqualTo(field);
  }

  private ResponseEntity<JsonNode> sign(String user, String caseNumber, String document, String image) {
    Map<String, Object> body = new HashMap<>();
    body.put("document", document);
    body.put("image", image);
    return rest.withBasicAuth(user, user).postForEntity("/api/cases/" + caseNumber + "/signatures", body,
        JsonNode.class);
  }

  private String newCase() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    return caseService.open(new NewCase("repair", "phone", "签名" + suffix.substring(0, 4), "13500135994", null, null,
        "WM-1200", "SN-SIGN-" + suffix, LocalDate.now().minusMonths(2), true, "滚筒不转", null)).caseNumber();
  }

  /** A 300×120 transparent pad, with a stroke drawn on it or empty. */
  private static byte[] png(boolean drawn) throws IOException {
    BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
    if (drawn) {
      Graphics2D g = image.createGraphics();
      g.setColor(Color.BLACK);
      g.setStroke(new BasicStroke(3));
      g.drawLine(20, 80, 120, 30);
      g.drawLine(120, 30, 260, 90);
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static String dataUrl(byte[] png) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
  }
}
