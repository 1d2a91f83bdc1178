package com.aftersales.flows.parts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forms that edit the lines hold as many line boxes as a request may have lines, each bound to its place in
 * the {@code partsLines} JSON list, so a request sent back for correction loses no line when it is saved again.
 */
class PartsFormsTest {

  @ParameterizedTest
  @ValueSource(strings = {"parts-record-request", "parts-review"})
  void everyLineARequestMayHaveHasItsBox(String form) throws IOException {
    JsonNode schema = new ObjectMapper().readTree(Path.of("forms", form + ".form").toFile());
    List<String> paths = new ArrayList<>();
    for (JsonNode c : schema.path("components")) {
      if (c.path("type").asText().equals("group") && c.path("path").asText().startsWith("partsLines.")) {
        paths.add(c.path("path").asText());
      }
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < PartsLines.MAX_LINES; i++) {
      expected.add("partsLines." + i);
    }
    assertThat(paths).isEqualTo(expected);
  }
}
