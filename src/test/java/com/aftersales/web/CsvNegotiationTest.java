package com.aftersales.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every export answers by content negotiation, one way: JSON unless {@code Accept} asks for {@code text/csv} first;
 * no {@code Accept} or {@code *}{@code /*} is JSON (a browser's or a script's plain GET), {@code text/csv} is CSV,
 * and bad input is a problem+json 400 whatever was asked for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CsvNegotiationTest {

  private static final String TODAY = LocalDate.now().toString();

  @LocalServerPort int port;

  private final HttpClient client = HttpClient.newHttpClient();

  /** Export, a user who may read it, and a query that is bad input (null: the export takes no input). */
  static Stream<Arguments> exports() {
    return Stream.of(
        Arguments.of("/api/parts-requests?from=" + TODAY, "sam", "/api/parts-requests?from=yesterday"),
        Arguments.of("/api/stock/levels?store=main", "sam", "/api/stock/levels?store=attic"),
        Arguments.of("/api/stock/movements?from=" + TODAY, "sam", "/api/stock/movements?from=yesterday"),
        Arguments.of("/api/exchange-ledger?from=" + TODAY, "sam", "/api/exchange-ledger?from=yesterday"),
        Arguments.of("/api/reports/complaints?from=" + TODAY + "&to=" + TODAY, "sam",
            "/api/reports/complaints?from=yesterday&to=" + TODAY),
        Arguments.of("/api/reports/sla", "sam", "/api/reports/sla/first-contact/cases?bucket=someday"),
        Arguments.of("/api/reports/sla/first-contact/cases?bucket=open", "sam",
            "/api/reports/sla/first-contact/cases?bucket=someday"),
        Arguments.of("/api/reports/staff?from=" + TODAY + "&to=" + TODAY, "sam",
            "/api/reports/staff?from=yesterday&to=" + TODAY),
        Arguments.of("/api/reports/visits?weeks=4", "sam", "/api/reports/visits?weeks=0"),
        Arguments.of("/api/stock/below-reorder", "sam", "/api/stock/below-reorder?store=attic"),
        Arguments.of("/api/customers/repeat-repairs?from=" + TODAY + "&to=" + TODAY, "sam",
            "/api/customers/repeat-repairs?from=yesterday&to=" + TODAY),
        Arguments.of("/api/reports/credit-over-limit", "sam", null),
        Arguments.of("/api/reports/consultations?from=" + TODAY + "&to=" + TODAY, "sam",
            "/api/reports/consultations?from=yesterday&to=" + TODAY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void jsonUnlessCsvIsAskedForAndBadInputIsAProblemEitherWay(String path, String user, String badPath)
      throws Exception {
    assertThat(get(path, user, null)).as("no Accept").startsWith("200 application/json");
    assertThat(get(path, user, "*/*")).as("Accept */*").startsWith("200 application/json");
    assertThat(get(path, user, "application/json")).as("Accept JSON").startsWith("200 application/json");
    assertThat(get(path, user, "text/csv")).as("Accept CSV").startsWith("200 text/csv");
    assertThat(get(path, user, "text/csv, application/json;q=0.5")).as("CSV before JSON").startsWith("200 text/csv");
    if (badPath != null) {
      assertThat(get(badPath, user, "text/csv")).as("bad input, CSV asked for")
          .startsWith("400 application/problem+json");
      assertThat(get(badPath, user, null)).as("bad input, nothing asked for")
          .startsWith("400 application/problem+json");
    }
  }

  /** "status content-type". */
  private String get(String path, String user, String accept) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    if (accept != null) {
      request.header("Accept", accept);
    }
    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("-");
  }
}
