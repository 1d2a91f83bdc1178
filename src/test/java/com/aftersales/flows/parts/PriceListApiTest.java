package com.aftersales.flows.parts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PriceListApiTest {

  @Autowired TestRestTemplate http;

  private final String model = "Wardrobe W-" + System.nanoTime();

  @Test
  @DisplayName("004 附表: planning keeps the model's price list; everyone who works parts reads it")
  void planningSetsChangesAndRemovesAPrice() {
    assertThat(put("paul", price("door-panel", "", "each", "180.5")).getStatusCode().value()).isEqualTo(200);
    assertThat(put("paul", price("door-panel", "", "each", "185")).getStatusCode().value()).isEqualTo(200);

    JsonNode list = http.withBasicAuth("mary", "mary")
        .getForEntity("/api/parts-price-list?productModel=" + model, JsonNode.class).getBody();
    assertThat(list).hasSize(1);
    assertThat(list.get(0).path("unitPrice").decimalValue()).isEqualByComparingTo("185.00");
    assertThat(list.get(0).path("updatedBy").asText()).isEqualTo("paul");

    String row = "/api/parts-price-list?productModel=" + model + "&part=door-panel";
    assertThat(http.withBasicAuth("mark", "mark").exchange(row, HttpMethod.DELETE, null, String.class)
        .getStatusCode().value()).isEqualTo(204);
    assertThat(http.withBasicAuth("mark", "mark").exchange(row, HttpMethod.DELETE, null, String.class)
        .getStatusCode().value()).isEqualTo(404);
  }

  @Test
  @DisplayName("only planning and the marketing managers change prices")
  void othersMayNotChangeThePriceList() {
    assertThat(put("mary", price("door-panel", "", "each", "1")).getStatusCode().value()).isEqualTo(403);
    assertThat(put("eric", price("door-panel", "", "each", "1")).getStatusCode().value()).isEqualTo(403);
    assertThat(http.withBasicAuth("paul", "paul")
        .getForEntity("/api/parts-price-list?productModel=" + model, JsonNode.class).getBody()).isEmpty();
  }

  @Test
  @DisplayName("a bad price is a 400 naming every bad field, and nothing is written")
  void badInputNamesTheFields() {
    ResponseEntity<JsonNode> bad = put("paul", Map.of("productModel", "", "part", "other", "unit", "each",
        "unitPrice", "-3"));
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(bad.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(bad.getBody().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("productModel", "part", "unitPrice");

    assertThat(put("paul", price("door-panel", "", "each", "1.005")).getStatusCode().value()).isEqualTo(400);
    assertThat(http.withBasicAuth("paul", "paul")
        .getForEntity("/api/parts-price-list?productModel=" + model, JsonNode.class).getBody()).isEmpty();
  }

  private Map<String, Object> price(String part, String size, String unit, String unitPrice) {
    return Map.of("productModel", model, "part", part, "size", size, "unit", unit, "unitPrice", unitPrice);
  }

  private ResponseEntity<JsonNode> put(String user, Map<String, Object> body) {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, user).exchange("/api/parts-price-list", HttpMethod.PUT,
        new HttpEntity<>(body, headers), JsonNode.class);
  }
}
