package com.aftersales.reports.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** An item of the case list holds its {@link SlaCase}; its JSON shows the case's facts as its own, in CSV order. */
class SlaCaseListJsonTest {

  static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

  /** As Spring Boot configures it: dates as ISO text. */
  final ObjectMapper json =
      Jackson2ObjectMapperBuilder.json().featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

  @Test
  void anItemIsOneFlatObjectWithTheColumnsOfTheCsv() {
    SlaCaseList.Item item = new SlaCaseList.Item(
        new SlaCase("AS-2026-000001", "pi-1", "PR-1#1", AT, AT, null, true, AT.plusSeconds(3600)),
        "#/process-instance/pi-1", "派工", "eric", 90L);

    JsonNode node = json.valueToTree(item);

    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    assertThat(String.join(",", names)).isEqualTo(SlaCaseList.CSV_HEADER);
    assertThat(node.get("caseNumber").asText()).isEqualTo("AS-2026-000001");
    assertThat(node.get("moved").asBoolean()).isTrue();
    assertThat(node.get("movedDueAt").asText()).isEqualTo("2026-03-02T03:00:00Z");
    assertThat(node.get("fulfilledAt").isNull()).isTrue();
    assertThat(node.get("lateByMinutes").asLong()).isEqualTo(90L);
  }
}
