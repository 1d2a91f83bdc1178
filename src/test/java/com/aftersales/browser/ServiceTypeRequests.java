package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A request of one of the service types (issue 19) as customer service takes it in over the API. */
final class ServiceTypeRequests {

  /** The case number and the process instance of the new case. */
  record Opened(String caseNumber, String instance) {}

  private ServiceTypeRequests() {}

  static Opened open(TestRestTemplate rest, String type, String description) {
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary").postForEntity("/api/service-requests",
        Map.of("type", type, "channel", "phone",
            "customer", Map.of("name", "Han Meimei", "phone", "13600136000", "email", "han.meimei@example.com",
                "address", "Suzhou, Canal Street 5"),
            "product", Map.of("model", "CP-3000", "serialNumber", "SN-" + type + "-" + System.nanoTime()),
            "description", description),
        JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return new Opened(created.getBody().path("caseNumber").asText(),
        created.getBody().path("processInstanceId").asText());
  }
}
