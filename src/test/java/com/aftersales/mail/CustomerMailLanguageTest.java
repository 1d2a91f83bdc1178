package com.aftersales.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Customers are written to in their language: Chinese unless the service request asks for English
 * ({@code "language": "en"}), through the real intake API and a real SMTP server (GreenMail, on a free port so
 * parallel builds do not collide). Times read in the company zone, labelled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CustomerMailLanguageTest {

  static final int SMTP_PORT = freePort();

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  static final String TIME_IN_COMPANY_ZONE = ".*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\(Asia/Shanghai\\).*";

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("a customer who asks for no language gets the acknowledgement in Chinese, the commitment in Beijing time")
  void aCustomerWhoAsksForNoLanguageIsWrittenToInChinese() throws Exception {
    String address = "wang.fang." + UUID.randomUUID() + "@example.com";
    String caseNumber = submit(request(address, null));

    MimeMessage mail = receivedBy(address);
    assertThat(mail.getSubject()).isEqualTo("案件 " + caseNumber + "：我们已收到您的报修");
    String body = GreenMailUtil.getBody(mail).replace("\r\n", "\n");
    assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
    assertThat(decoded(mail)).contains("王芳，您好！").contains("已登记为案件 " + caseNumber).contains("售后服务部")
        .doesNotContain("Dear");
    assertThat(decoded(mail).replace("\n", " ")).matches(TIME_IN_COMPANY_ZONE);
    assertThat(body).isNotEmpty();
    assertThat(jdbc.queryForObject("SELECT language FROM service_case WHERE case_number = ?", String.class, caseNumber))
        .isEqualTo("zh-CN");
  }

  @Test
  @DisplayName("a customer who asks for English gets the acknowledgement in English, the commitment in Beijing time")
  void aCustomerWhoAsksForEnglishIsWrittenToInEnglish() throws Exception {
    String address = "li.lei." + UUID.randomUUID() + "@example.com";
    String caseNumber = submit(request(address, "en"));

    MimeMessage mail = receivedBy(address);
    assertThat(mail.getSubject()).isEqualTo("Case " + caseNumber + ": we have received your repair request");
    assertThat(decoded(mail)).contains("Dear 王芳,").contains("registered as case " + caseNumber)
        .doesNotContain("您好");
    assertThat(decoded(mail).replace("\n", " ")).matches(TIME_IN_COMPANY_ZONE);
    assertThat(jdbc.queryForObject("SELECT language FROM service_case WHERE case_number = ?", String.class, caseNumber))
        .isEqualTo("en");
  }

  @Test
  @DisplayName("a language the department does not write in is refused with 400 naming the field, and no case is opened")
  void anUnknownLanguageIsRefusedNamingTheField() {
    String reference = "LANG-" + UUID.randomUUID();
    Map<String, Object> request = request("x." + UUID.randomUUID() + "@example.com", "fr");
    request.put("externalReference", reference);

    ResponseEntity<JsonNode> answer = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests", request, JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(answer.getBody().path("errors").findValuesAsText("field")).containsExactly("language");
    assertThat(answer.getBody().toString()).contains("zh-CN, en");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM service_case WHERE external_reference = ?", Integer.class, reference))
        .isZero();
  }

  private static Map<String, Object> request(String email, String language) {
    Map<String, Object> request = new HashMap<>();
    request.put("type", "repair");
    request.put("channel", "phone");
    // a phone of this test's own: intake finds a customer by phone, and other tests' customers share the database
    String phone = "139" + String.format("%08d", Math.floorMod(email.hashCode(), 100_000_000));
    request.put("customer", Map.of("name", "王芳", "phone", phone, "email", email));
    request.put("product", Map.of("model", "LX-200", "serialNumber", "SN-LANG-1", "purchaseProof", true));
    request.put("description", "显示屏闪烁");
    if (language != null) {
      request.put("language", language);
    }
    return request;
  }

  /** Opens the case as customer service and runs its first asynchronous steps (the acknowledgement mail). */
  private String submit(Map<String, Object> request) {
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests", request, JsonNode.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    String instance = created.getBody().path("processInstanceId").asText();
    managementService.createJobQuery().processInstanceId(instance).executable().list()
        .forEach(job -> managementService.executeJob(job.getId()));
    return created.getBody().path("caseNumber").asText();
  }

  private static MimeMessage receivedBy(String address) throws Exception {
    List<MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
    assertThat(mails).hasSize(1);
    return mails.get(0);
  }

  /** The text as the customer's mail program shows it (decoded from its transfer encoding). */
  private static String decoded(MimeMessage mail) throws Exception {
    return ((String) mail.getContent()).replace("\r\n", "\n");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
