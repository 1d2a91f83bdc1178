package com.aftersales.flows.parts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * /api/product-lines over HTTP: service managers (and admins) list the product lines with their models and set a
 * model's line, which the parts catalogue then follows; bad input is 400 problem+json naming the field in the
 * request's language, other groups 403.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProductLineApiTest {

  @Autowired TestRestTemplate http;
  @Autowired PartsCatalogues catalogues;

  @Test
  @DisplayName("the lines are listed with their labels and models; a service manager moves a model and the catalogue follows")
  void aServiceManagerSetsAModelsLineAndTheCatalogueFollows() {
    String model = "Analyser A-" + System.nanoTime();
    assertThat(catalogues.lineOf(model)).isEqualTo(ProductLine.FURNITURE);

    ResponseEntity<JsonNode> lines = get("sam");
    assertThat(lines.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(lines.getBody().findValuesAsText("line")).containsExactly("furniture", "instrument", "copier");
    assertThat(line(lines.getBody(), "copier").path("label").asText()).isEqualTo("复印机（备件）");
    assertThat(models(line(lines.getBody(), "copier"))).contains("MX-3070", "MX-4070");

    ResponseEntity<JsonNode> set = put("sam", model, "{\"line\": \"instrument\"}", null);
    assertThat(set.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(set.getBody().path("model").asText()).isEqualTo(model);
    assertThat(set.getBody().path("line").asText()).isEqualTo("instrument");
    assertThat(set.getBody().path("label").asText()).isEqualTo("仪器（备件）");
    assertThat(catalogues.lineOf(model)).isEqualTo(ProductLine.INSTRUMENT);
    assertThat(catalogues.values(model)).doesNotContain("bed-headboard");

    // set again: the model moves, it is not listed twice
    assertThat(put("admin", model, "{\"line\": \"copier\"}", null).getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode after = get("admin").getBody();
    assertThat(models(line(after, "copier"))).contains(model);
    assertThat(models(line(after, "instrument"))).doesNotContain(model);
    assertThat(catalogues.lineOf(model)).isEqualTo(ProductLine.COPIER);
  }

  @Test
  @DisplayName("an unknown line or field is 400 problem+json naming it, in Chinese and in English as asked; nothing written")
  void anUnknownLineIsRefusedNamingTheField() {
    String model = "Analyser B-" + System.nanoTime();
    ResponseEntity<JsonNode> chinese = put("sam", model, "{\"line\": \"toys\"}", "zh-CN");
    assertThat(chinese.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(chinese.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(chinese.getBody().path("title").asText()).isEqualTo("产品线无效");
    assertThat(chinese.getBody().path("errors").findValuesAsText("field")).containsExactly("line");
    assertThat(chinese.getBody().path("errors").get(0).path("message").asText())
        .isEqualTo("须为以下之一：furniture, instrument, copier");

    ResponseEntity<JsonNode> english = put("sam", model, "{\"line\": \"toys\", \"colour\": \"red\"}", "en");
    assertThat(english.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(english.getBody().path("title").asText()).isEqualTo("Invalid product line");
    assertThat(english.getBody().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("line", "colour");
    assertThat(english.getBody().path("detail").asText())
        .contains("line must be one of furniture, instrument, copier", "colour is not a field here; use [line]");
    assertThat(put("sam", model, "{\"colour\": \"red\"}", "zh-CN").getBody().path("errors").findValuesAsText("message"))
        .contains("不是此处的字段；可用字段：[line]");
    assertThat(put("sam", model, "[]", "en").getBody().path("errors").findValuesAsText("message"))
        .containsExactly("the request body must be a JSON object such as {\"line\": \"copier\"}");

    assertThat(catalogues.lineOf(model)).as("nothing written").isEqualTo(ProductLine.FURNITURE);
    assertThat(models(line(get("sam").getBody(), "furniture"))).doesNotContain(model);
  }

  @Test
  @DisplayName("other groups get 403 (planning and engineers work parts but do not keep the lines); without credentials 401")
  void onlyServiceManagersAndAdminsKeepTheLines() {
    String model = "Analyser C-" + System.nanoTime();
    assertThat(get("mary").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("eric").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> planning = put("paul", model, "{\"line\": \"copier\"}", null);
    assertThat(planning.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(planning.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(http.getForEntity("/api/product-lines", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(catalogues.lineOf(model)).isEqualTo(ProductLine.FURNITURE);
  }

  static JsonNode line(JsonNode lines, String code) {
    for (JsonNode line : lines) {
      if (line.path("line").asText().equals(code)) {
        return line;
      }
    }
    throw new AssertionError("no line " + code + " in " + lines);
  }

  static List<String> models(JsonNode line) {
    List<String> models = new ArrayList<>();
    line.path("models").forEach(m -> models.add(m.asText()));
    return models;
  }

  private ResponseEntity<JsonNode> put(String user, String model, String json, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (language != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    return http.withBasicAuth(user, user).exchange("/api/product-lines/models/{model}", HttpMethod.PUT,
        new HttpEntity<>(json, headers), JsonNode.class, model);
  }

  private ResponseEntity<JsonNode> get(String user) {
    return http.withBasicAuth(user, user).getForEntity("/api/product-lines", JsonNode.class);
  }
}
