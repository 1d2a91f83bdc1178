package com.aftersales.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every endpoint of the application's API answers bad input with a 4xx application/problem+json, never a 500,
 * and creates nothing. The table is generated: a valid service request mutated field by field (wrong JSON
 * types, missing, blank, too long, unknown enum values, invalid dates, control characters, injection-looking
 * values where the field's format forbids them), raw malformed bodies, wrong media types, and bad query
 * parameters and paths on the read endpoints.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BadInputTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A request as it would be sent by mary (customer service) or read by sam (service managers). */
  record BadRequest(String name, String user, HttpMethod method, String path, String contentType, String body) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Field path, max length (0 = not text), required, extra bad values beyond the generic ones. */
  record Field(String path, int max, boolean required, List<JsonNode> badValues) {}

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService historyService;
  @LocalServerPort int port;

  static ObjectNode valid() {
    ObjectNode body = NODES.objectNode();
    body.put("type", "complaint");
    body.put("channel", "phone");
    ObjectNode customer = body.putObject("customer");
    customer.put("name", "Li Wei");
    customer.put("phone", "+86 138-0013 8000");
    customer.put("email", "li.wei@example.com");
    customer.put("address", "1 Nanjing Road, Shanghai");
    ObjectNode product = body.putObject("product");
    product.put("model", "CP-3000");
    product.put("serialNumber", "SN-42");
    product.put("purchaseDate", "2025-03-10");
    product.put("purchaseProof", true);
    body.put("description", "Paper jams on every second copy");
    body.put("externalReference", "BAD-" + UUID.randomUUID());
    return body;
  }

  static List<JsonNode> texts(String... values) {
    return Stream.of(values).map(v -> (JsonNode) NODES.textNode(v)).toList();
  }

  static final List<Field> FIELDS = List.of(
      new Field("type", 0, true, texts("REPAIR", "unknown", "repair' OR '1'='1", "<script>alert(1)</script>",
          "../../etc/passwd", "repair\r\nX-Injected: 1")),
      new Field("channel", 0, true, texts("fax", "Phone", "phone; DROP TABLE service_case", "walk-\nin")),
      new Field("customer.name", 100, true, texts("Li\r\nBcc: evil@example.com", "Li\u0000Wei")),
      new Field("customer.phone", 30, false, texts("abc", "12", "1234567890123456789", "+86 138\r\n0013 8000",
          "' OR 1=1--", "<script>1</script>")),
      new Field("customer.email", 254, false, texts("no-at-sign", "a@b", "a b@example.com",
          "x@example.com\r\nBcc: evil@example.com", "<img src=x onerror=alert(1)>@x.com")),
      new Field("customer.address", 300, false, texts("Road 1\r\nX-Header: 1", "Road\u0000 1")),
      new Field("product.model", 100, true, texts("CP\n3000")),
      new Field("product.serialNumber", 64, false, texts("SN\r\n42")),
      new Field("product.purchaseDate", 0, false, texts("2025-13-01", "2025-02-30", "10/03/2025",
          "2999-01-01", "1899-12-31", "2025-03-10T10:00:00", "yesterday", "2025-3-1",
          "2025-03-10'; DROP TABLE service_case;--")),
      new Field("product.purchaseProof", 0, false, List.of(NODES.textNode("yes"), NODES.numberNode(1),
          NODES.textNode("true"))),
      new Field("description", 4000, true, texts("bad\u0000byte")),
      new Field("externalReference", 100, false, texts("ref\r\n2")));

  static Stream<BadRequest> badRequests() {
    List<BadRequest> table = new ArrayList<>();
    for (Field field : FIELDS) {
      List<JsonNode> wrong = new ArrayList<>(List.of(NODES.numberNode(42), NODES.numberNode(1.5),
          NODES.arrayNode(), NODES.objectNode()));
      if (!field.path().endsWith("purchaseProof")) {
        wrong.add(NODES.booleanNode(true));
      } else {
        wrong.add(NODES.textNode(""));
      }
      for (JsonNode value : wrong) {
        table.add(post(field.path() + " = " + value + " (wrong type)", with(field.path(), value)));
      }
      for (JsonNode value : field.badValues()) {
        table.add(post(field.path() + " = " + printable(value.toString()), with(field.path(), value)));
      }
      if (field.max() > 0) {
        table.add(post(field.path() + " one character too long",
            with(field.path(), NODES.textNode("x".repeat(field.max() + 1)))));
      }
      if (field.required()) {
        table.add(post(field.path() + " missing", without(field.path())));
        table.add(post(field.path() + " null", with(field.path(), NODES.nullNode())));
        table.add(post(field.path() + " blank", with(field.path(), NODES.textNode("   "))));
      }
    }
    for (String object : List.of("customer", "product")) {
      table.add(post(object + " missing", without(object)));
      table.add(post(object + " is a string", with(object, NODES.textNode("Li Wei"))));
      table.add(post(object + " is an array", with(object, NODES.arrayNode().add(1))));
    }
    ObjectNode noContact = valid();
    ((ObjectNode) noContact.get("customer")).remove(List.of("phone", "email"));
    table.add(post("customer without phone and e-mail", noContact.toString()));

    String deep = "[".repeat(5000) + "]".repeat(5000);
    String longNumber = valid().toString().replace("\"purchaseProof\":true", "\"purchaseProof\":" + "9".repeat(5000));
    Map<String, String> raw = new java.util.LinkedHashMap<>();
    raw.put("empty body", "");
    raw.put("whitespace body", "   ");
    raw.put("unterminated object", "{\"type\": \"repair\"");
    raw.put("missing value", "{\"type\": }");
    raw.put("trailing garbage", valid() + " x");
    raw.put("single quotes", valid().toString().replace('"', '\''));
    raw.put("JSON null", "null");
    raw.put("JSON array", "[" + valid() + "]");
    raw.put("JSON string", "\"repair\"");
    raw.put("JSON number", "42");
    raw.put("comments", "/* hi */" + valid());
    raw.put("5000 nested arrays", deep);
    raw.put("5000-digit number", longNumber);
    raw.put("invalid UTF-8 escape", "{\"type\": \"\\uZZZZ\"}");
    raw.put("SQL instead of JSON", "'; DROP TABLE service_case;--");
    raw.put("HTML instead of JSON", "<html><script>alert(1)</script></html>");
    raw.forEach((name, body) -> table.add(post("raw: " + name, body)));

    String validBody = valid().toString();
    table.add(new BadRequest("text/plain body", "mary", HttpMethod.POST, "/api/service-requests",
        MediaType.TEXT_PLAIN_VALUE, validBody));
    table.add(new BadRequest("XML body", "mary", HttpMethod.POST, "/api/service-requests",
        MediaType.APPLICATION_XML_VALUE, "<request><type>repair</type></request>"));
    table.add(new BadRequest("form body", "mary", HttpMethod.POST, "/api/service-requests",
        MediaType.APPLICATION_FORM_URLENCODED_VALUE, "type=repair&channel=phone"));
    table.add(new BadRequest("PUT on the collection", "mary", HttpMethod.PUT, "/api/service-requests",
        MediaType.APPLICATION_JSON_VALUE, validBody));
    table.add(new BadRequest("DELETE a case", "mary", HttpMethod.DELETE, "/api/service-requests/AS-2025-000001",
        null, null));

    for (String path : List.of("/api/service-requests/AS-0000-000000", "/api/service-requests/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/api/service-requests/' OR '1'='1", "/api/service-requests/..%2F..%2Fetc%2Fpasswd",
        "/api/service-requests/" + "A".repeat(2000), "/api/service-requests/AS-2025-000001%0D%0ASet-Cookie:x=1",
        "/api/no-such-resource", "/api/../api/nothing")) {
      table.add(get(path, "mary"));
    }
    for (String query : List.of("from=2025-13-01", "to=yesterday", "from=2025-05-02&to=2025-05-01",
        "status=<script>", "status=OPEN' OR '1'='1", "caseNumber=' OR 1=1--", "caseNumber=../../etc/passwd",
        "unknown=1", "from=2025-01-01%0D%0Ax", "status=" + "x".repeat(3000))) {
      table.add(get("/api/parts-requests?" + query, "sam"));
    }
    for (String query : List.of("from=x", "to=2025-02-30", "from=2025-01-01&to=2024-01-01", "unknown=1")) {
      table.add(get("/api/parts-requests/daily-summaries?" + query, "sam"));
    }
    for (String query : List.of("", "from=2025-01-01", "to=2025-01-01", "from=2025-01-01&to=2024-12-31",
        "from=01/01/2025&to=2025-02-01", "from=2025-01-01'--&to=2025-02-01", "from=<b>&to=</b>")) {
      table.add(get("/api/reports/complaints?" + query, "sam"));
    }
    table.add(new BadRequest("POST to the complaint report", "sam", HttpMethod.POST, "/api/reports/complaints",
        MediaType.APPLICATION_JSON_VALUE, "{}"));
    table.add(new BadRequest("POST to parts requests", "sam", HttpMethod.POST, "/api/parts-requests",
        MediaType.APPLICATION_JSON_VALUE, "{}"));
    return table.stream();
  }

  private static String printable(String s) {
    return s.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
  }

  static BadRequest post(String name, String body) {
    return new BadRequest("POST " + name, "mary", HttpMethod.POST, "/api/service-requests",
        MediaType.APPLICATION_JSON_VALUE, body);
  }

  static BadRequest get(String pathAndQuery, String user) {
    return new BadRequest("GET " + printable(pathAndQuery.length() > 120 ? pathAndQuery.substring(0, 120) + "..."
        : pathAndQuery), user, HttpMethod.GET, pathAndQuery, null, null);
  }

  static String with(String path, JsonNode value) {
    ObjectNode body = valid();
    String[] parts = path.split("\\.");
    ObjectNode parent = parts.length == 1 ? body : (ObjectNode) body.get(parts[0]);
    parent.set(parts[parts.length - 1], value);
    return body.toString();
  }

  static String without(String path) {
    ObjectNode body = valid();
    String[] parts = path.split("\\.");
    ObjectNode parent = parts.length == 1 ? body : (ObjectNode) body.get(parts[0]);
    parent.remove(parts[parts.length - 1]);
    return body.toString();
  }

  @Test
  void theTableHasAtLeastAHundredRows() {
    assertThat(badRequests().count()).isGreaterThanOrEqualTo(100);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void badRequestIsAnsweredWithAProblemAndCreatesNothing(BadRequest request) throws Exception {
    int cases = caseCount();
    long instances = historyService.createHistoricProcessInstanceQuery().count();

    Answer answer = send(request);

    assertThat(answer.status).as(answer.body).isBetween(400, 499);
    assertThat(answer.contentType).as(answer.body).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    JsonNode problem = JSON.readTree(answer.body);
    assertThat(problem.path("status").asInt()).isEqualTo(answer.status);
    assertThat(caseCount()).isEqualTo(cases);
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void fiveMegabyteBodyIsRefusedWith413BeforeItIsRead() throws Exception {
    int cases = caseCount();
    byte[] body = ("{\"description\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    String head = "POST /api/service-requests HTTP/1.1\r\nHost: localhost\r\n" + auth("mary")
        + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
    Answer answer = raw(head, body);
    assertThat(answer.status).isEqualTo(413);
    assertThat(answer.contentType).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(JSON.readTree(answer.body).path("status").asInt()).isEqualTo(413);
    assertThat(caseCount()).isEqualTo(cases);
  }

  @Test
  void chunkedBodyOverTheLimitIsRefusedWith413WhileReading() throws Exception {
    int cases = caseCount();
    byte[] chunk = ("{\"description\": \"" + "x".repeat(100 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    body.write(chunk);
    body.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    String head = "POST /api/service-requests HTTP/1.1\r\nHost: localhost\r\n" + auth("mary")
        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    Answer answer = raw(head, body.toByteArray());
    assertThat(answer.status).as(answer.body).isEqualTo(413);
    assertThat(answer.contentType).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(caseCount()).isEqualTo(cases);
  }

  @Test
  void bodyJustUnderTheLimitIsStillRead() {
    // 60 KB of description is too long for the field (400 naming it), but not too large for the API.
    ResponseEntity<String> answer = exchange(post("near the limit",
        with("description", NODES.textNode("y".repeat(60 * 1024)))));
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody()).contains("description");
  }

  @Test
  void injectionLookingTextIsStoredVerbatimAndTheTableSurvives() throws Exception {
    ObjectNode body = valid();
    String name = "Robert'); DROP TABLE service_case;--";
    String description = "<script>alert('x')</script> \"; DELETE FROM service_case; -- ../../etc/passwd\r\n"
        + "Second line {{customerEmail}} ${1+1} #{7*7}";
    String address = "../../etc/passwd <b>Flat 3</b> & 'quoted' \"double\"";
    ((ObjectNode) body.get("customer")).put("name", name).put("address", address);
    ((ObjectNode) body.get("product")).put("model", "<img src=x onerror=alert(1)>");
    body.put("description", description);
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary")
        .postForEntity("/api/service-requests", body, JsonNode.class);
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    String caseNumber = created.getBody().path("caseNumber").asText();

    assertThat(caseCount()).isPositive();
    JsonNode view = rest.withBasicAuth("mary", "mary").getForObject("/api/service-requests/" + caseNumber,
        JsonNode.class);
    assertThat(view.path("customer").path("name").asText()).isEqualTo(name);
    assertThat(view.path("customer").path("address").asText()).isEqualTo(address);
    assertThat(view.path("product").path("model").asText()).isEqualTo("<img src=x onerror=alert(1)>");
    assertThat(view.path("description").asText()).isEqualTo(description);
    assertThat(jdbc.queryForObject("SELECT customer_name FROM service_case WHERE case_number = ?", String.class,
        caseNumber)).isEqualTo(name);
  }

  // ---- sending ----

  record Answer(int status, String contentType, String body) {}

  private Answer send(BadRequest request) {
    ResponseEntity<String> response = exchange(request);
    MediaType type = response.getHeaders().getContentType();
    return new Answer(response.getStatusCode().value(), type == null ? "" : type.toString(),
        response.getBody() == null ? "" : response.getBody());
  }

  private ResponseEntity<String> exchange(BadRequest request) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(request.user(), request.user());
    if (request.contentType() != null) {
      headers.set(HttpHeaders.CONTENT_TYPE, request.contentType());
    }
    java.net.URI uri = java.net.URI.create("http://localhost:" + port + request.path().replace(" ", "%20")
        .replace("'", "%27").replace("<", "%3C").replace(">", "%3E"));
    return rest.getRestTemplate().exchange(new org.springframework.http.RequestEntity<>(
        request.body() == null ? null : request.body().getBytes(StandardCharsets.UTF_8), headers,
        request.method(), uri), String.class);
  }

  private int caseCount() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM service_case", Integer.class);
  }

  private static String auth(String user) {
    return "Authorization: Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
        .getBytes(StandardCharsets.UTF_8)) + "\r\n";
  }

  /** Over a plain socket: the client keeps sending while the server may already have answered. */
  private Answer raw(String head, byte[] body) throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread writer = new Thread(() -> {
        try {
          out.write(body);
          out.flush();
        } catch (Exception ignored) {
          // the server closed the connection after answering
        }
      });
      writer.setDaemon(true);
      writer.start();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      try {
        while ((n = in.read(buffer)) > 0) {
          received.write(buffer, 0, n);
          if (complete(received.toString(StandardCharsets.UTF_8))) {
            break;
          }
        }
      } catch (java.net.SocketException reset) {
        // answered and closed while we were still sending
      }
      String response = received.toString(StandardCharsets.UTF_8);
      int status = Integer.parseInt(response.substring(9, 12));
      String headers = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
      String contentType = headers.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
          .map(l -> l.substring(13).trim()).findFirst().orElse("");
      String content = response.substring(response.indexOf("\r\n\r\n") + 4);
      if (headers.toLowerCase().contains("transfer-encoding: chunked")) {
        content = content.substring(content.indexOf("\r\n") + 2);
        content = content.substring(0, content.indexOf("\r\n"));
      }
      return new Answer(status, contentType, content);
    }
  }

  private static boolean complete(String response) {
    int end = response.indexOf("\r\n\r\n");
    if (end < 0) {
      return false;
    }
    String headers = response.substring(0, end).toLowerCase();
    String body = response.substring(end + 4);
    if (headers.contains("transfer-encoding: chunked")) {
      return body.endsWith("0\r\n\r\n");
    }
    for (String line : headers.split("\r\n")) {
      if (line.startsWith("content-length:")) {
        return body.getBytes(StandardCharsets.UTF_8).length >= Integer.parseInt(line.substring(15).trim());
      }
    }
    return false;
  }
}
