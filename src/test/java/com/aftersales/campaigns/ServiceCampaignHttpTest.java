package com.aftersales.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.customers.Classification;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.Customer;
import com.aftersales.customers.CustomerKind;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.InstalledBase;
import com.aftersales.customers.NewCustomer;
import com.aftersales.customers.SecrecyLevel;
import com.aftersales.mail.JdbcOutbox;
import com.aftersales.mail.OutboxEntry;
import com.aftersales.testsupport.EngineVariableScan;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A free-service month over the public API, with a local HTTP server as the SMS gateway: the service manager plans
 * the month for the customers of the archive a product line and region select, the SMS goes to each of them once
 * through the outbox, and a booking from the campaign opens a maintenance case that carries the customer id, not the
 * phone number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ServiceCampaignHttpTest {

  /** What the gateway received: the Idempotency-Key header and the JSON body of each POST. */
  record Received(String idempotencyKey, JsonNode body) {}

  static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
  /** How many of the next posts the gateway refuses (503). */
  static final AtomicInteger REFUSE_NEXT = new AtomicInteger();
  static final HttpServer GATEWAY = gateway();

  @DynamicPropertySource
  static void smsGateway(DynamicPropertyRegistry registry) {
    registry.add("aftersales.sms.gateway-url",
        () -> "http://127.0.0.1:" + GATEWAY.getAddress().getPort() + "/sms");
  }

  @AfterAll
  static void stopGateway() {
    GATEWAY.stop(0);
  }

  @Autowired TestRestTemplate rest;
  @Autowired CustomerService customers;
  @Autowired InstalledBase installedBase;
  @Autowired JdbcOutbox outbox;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;

  String region;
  Customer copierOwner;
  Customer bedOwner;
  Customer elsewhere;

  @BeforeEach
  void archive() {
    RECEIVED.clear();
    REFUSE_NEXT.set(0);
    region = "测试区" + ThreadLocalRandom.current().nextInt(1_000_000);
    copierOwner = customer(region, "MX-3070");
    bedOwner = customer(region, "Bed B-180");
    elsewhere = customer(region + "外", "MX-3070");
  }

  @Test
  @DisplayName("000 第四篇 四(三)1 以群发短售的形式,通知客户,某一时段进行产品免费服务月,欢迎客户来电来短信,预约上来售服: the month planned for a product line"
      + " and region reaches exactly those customers, each SMS goes out once through the gateway, and a booking opens"
      + " a maintenance case")
  void aFreeServiceMonthIsSentOnceToItsSelectionAndBookingsBecomeMaintenanceCases() {
    ResponseEntity<JsonNode> planned = post("sam", "/api/service-campaigns", Map.of("month", nextMonth(),
        "productLine", "copier", "region", region, "text", "本月复印机免费清洁保养，回电预约"));
    assertThat(planned.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = planned.getBody().path("id").asLong();
    assertThat(planned.getBody().path("recipients").asInt()).as("only the copier owner of the region").isOne();
    ResponseEntity<JsonNode> wholeRegion = post("sam", "/api/service-campaigns", Map.of("month", nextMonth(),
        "region", region, "text", "本月免费服务月，回电预约"));
    assertThat(wholeRegion.getBody().path("recipients").asInt()).as("every customer of the region").isEqualTo(2);

    ResponseEntity<JsonNode> sent = post("sam", "/api/service-campaigns/" + id + "/sms", Map.of());
    assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(sent.getBody().path("sent").asInt()).isOne();
    assertThat(RECEIVED).singleElement().satisfies(r -> {
      assertThat(r.body().path("to").asText()).isEqualTo(copierOwner.phone());
      assertThat(r.body().path("text").asText()).contains("免费服务月").contains("本月复印机免费清洁保养，回电预约");
      assertThat(r.idempotencyKey()).isEqualTo(r.body().path("reference").asText())
          .isEqualTo("campaign-" + id + "-sms-" + copierOwner.id());
    });
    assertThat(post("sam", "/api/service-campaigns/" + id + "/sms", Map.of()).getBody().path("sent").asInt())
        .as("counted as sent before").isOne();
    assertThat(RECEIVED).as("a repeated sending sends nothing twice").hasSize(1);
    assertThat(outbox.find("campaign-" + id + "-sms-" + copierOwner.id())).get()
        .extracting(OutboxEntry::status).isEqualTo(OutboxEntry.SENT);

    ResponseEntity<JsonNode> booked = post("sam", "/api/service-campaigns/" + id + "/bookings",
        Map.of("customerId", copierOwner.id(), "productModel", "MX-3070", "serialNumber", "SN-C-1",
            "notes", "下周二上午"));
    assertThat(booked.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = booked.getBody().path("caseNumber").asText();
    ProcessInstance maintenance = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).singleResult();
    assertThat(maintenance).isNotNull();
    assertThat(runtimeService.getVariable(maintenance.getId(), "customerId")).isEqualTo(copierOwner.id());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(maintenance.getId())
        .processDefinitionKey("maintenance").count()).isOne();
    assertThat(EngineVariableScan.mentions(runtimeService, historyService, List.of(copierOwner.phone())))
        .as("the phone number stays in the application's records").isEmpty();

    ResponseEntity<JsonNode> again = post("sam", "/api/service-campaigns/" + id + "/bookings",
        Map.of("customerId", copierOwner.id(), "productModel", "MX-3070"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody().path("caseNumber").asText()).isEqualTo(caseNumber);
    JsonNode listed = rest.withBasicAuth("sam", "sam").getForEntity("/api/service-campaigns", JsonNode.class)
        .getBody();
    assertThat(listed).filteredOn(c -> c.path("id").asLong() == id).singleElement()
        .satisfies(c -> assertThat(c.path("booked").asInt()).isOne());
  }

  @Test
  @DisplayName("000 第四篇 四(三)1: an SMS the gateway refuses stays owed in the outbox and the next sending delivers"
      + " only it, under the same idempotency key")
  void aRefusedSmsIsDeliveredByTheNextSendingAndOnlyIt() {
    long id = post("sam", "/api/service-campaigns", Map.of("month", nextMonth(), "region", region,
        "text", "免费服务月，回电预约")).getBody().path("id").asLong();
    REFUSE_NEXT.set(1);

    JsonNode first = post("sam", "/api/service-campaigns/" + id + "/sms", Map.of()).getBody();
    assertThat(first.path("failed").asInt()).isOne();
    assertThat(first.path("sent").asInt()).isOne();
    JsonNode second = post("sam", "/api/service-campaigns/" + id + "/sms", Map.of()).getBody();
    assertThat(second.path("sent").asInt()).isEqualTo(2);
    assertThat(second.path("failed").asInt()).isZero();
    assertThat(RECEIVED).as("two recipients, one of them posted twice").hasSize(3);
    assertThat(RECEIVED.stream().map(Received::idempotencyKey).distinct().count()).isEqualTo(2);
    assertThat(RECEIVED).extracting(r -> r.body().path("to").asText())
        .containsOnly(copierOwner.phone(), bedOwner.phone());
  }

  @Test
  @DisplayName("000 第四篇 四(三)1: bad campaigns and bookings are refused 400 naming the field, nothing is written;"
      + " only service managers plan campaigns")
  void badInputIsRefusedNamingTheField() {
    assertRefused(post("sam", "/api/service-campaigns", Map.of("month", "March", "text", "x")), "month");
    assertRefused(post("sam", "/api/service-campaigns", Map.of("month", "2020-01", "text", "x")), "month");
    assertRefused(post("sam", "/api/service-campaigns", Map.of("month", nextMonth(), "productLine", "boats",
        "text", "x")), "productLine");
    assertRefused(post("sam", "/api/service-campaigns", Map.of("month", nextMonth(), "region", region)), "text");
    assertRefused(post("sam", "/api/service-campaigns", Map.of("month", nextMonth(), "text", "x".repeat(211))),
        "text");
    assertRefused(post("sam", "/api/service-campaigns", Map.of("month", nextMonth(), "region", region + "无人",
        "text", "x")), "region");
    assertRefused(post("sam", "/api/service-campaigns", Map.of("month", nextMonth(), "text", "x", "phone", "1")),
        "phone");
    assertThat(post("mary", "/api/service-campaigns", Map.of("month", nextMonth(), "region", region, "text", "x"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    long id = post("sam", "/api/service-campaigns", Map.of("month", nextMonth(), "productLine", "copier",
        "region", region, "text", "复印机免费服务月")).getBody().path("id").asLong();
    assertRefused(post("sam", "/api/service-campaigns/" + id + "/bookings",
        Map.of("customerId", bedOwner.id(), "productModel", "Bed B-180")), "customerId");
    assertRefused(post("sam", "/api/service-campaigns/" + id + "/bookings",
        Map.of("customerId", copierOwner.id())), "productModel");
    assertRefused(post("sam", "/api/service-campaigns/" + id + "/bookings",
        Map.of("customerId", "one", "productModel", "MX-3070")), "customerId");
    assertThat(post("sam", "/api/service-campaigns/999999999/bookings",
        Map.of("customerId", copierOwner.id(), "productModel", "MX-3070")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    JsonNode listed = rest.withBasicAuth("sam", "sam").getForEntity("/api/service-campaigns", JsonNode.class)
        .getBody();
    assertThat(listed).filteredOn(c -> c.path("id").asLong() == id).singleElement()
        .satisfies(c -> assertThat(c.path("booked").asInt()).as("no booking written").isZero());
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static void assertRefused(ResponseEntity<JsonNode> answer, String field) {
    assertThat(answer.getStatusCode()).as("%s: %s", field, answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType()).isNotNull()
        .satisfies(t -> assertThat(t.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
    assertThat(answer.getBody().toString()).contains("\"" + field + "\"");
  }

  private ResponseEntity<JsonNode> post(String user, String path, Map<String, ?> body) {
    return rest.withBasicAuth(user, user).postForEntity(path, new HashMap<>(body), JsonNode.class);
  }

  private static String nextMonth() {
    return YearMonth.now().plusMonths(1).toString();
  }

  private Customer customer(String region, String model) {
    String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    Customer c = customers.create(new NewCustomer(CustomerKind.PERSON, "服务月 " + phone, "服务月", phone, null, null,
        region, null, Classification.NORMAL, CreditGrade.A, BigDecimal.ZERO, LocalDate.of(2027, 6, 1),
        SecrecyLevel.SECRET), "service-campaign-test", "免费服务月测试");
    installedBase.register(c.id(), new InstalledBase.Registration(model, "SN-" + phone, LocalDate.of(2025, 5, 1),
        null, null, "dealer"), LocalDate.now());
    return c;
  }

  private static HttpServer gateway() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      ObjectMapper json = new ObjectMapper();
      server.createContext("/sms", exchange -> {
        byte[] body = exchange.getRequestBody().readAllBytes();
        RECEIVED.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
            json.readTree(new String(body, StandardCharsets.UTF_8))));
        boolean refuse = REFUSE_NEXT.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        byte[] answer = (refuse ? "{\"error\":\"busy\"}" : "{\"status\":\"queued\"}").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(refuse ? 503 : 200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
      });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
