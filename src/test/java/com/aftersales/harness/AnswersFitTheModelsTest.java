package com.aftersales.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The benchmark and the fault run complete every task of the models they drive from one answer table
 * ({@link Answers}). A task the table does not know stops a case in the middle of a run; a field the form no longer
 * has is a value no user could enter. Both show here, when the model changes, not hours into a run.
 */
class AnswersFitTheModelsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Set<String>> FIELDS_OF_FORM = new HashMap<>();

  /** Each choice once at its first value and once at its last, so both sides of every branch are checked. */
  private static final List<Choices> BOTH_ENDS = List.of(ends(true), ends(false));

  @BeforeAll
  static void readTheForms() throws IOException {
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        JsonNode root = JSON.readTree(form.toFile());
        Set<String> keys = new TreeSet<>();
        collectKeys(root.path("components"), keys);
        FIELDS_OF_FORM.put(root.path("id").asText(), keys);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"repair", "complaint", "exchange", "parts-approval", "payment-gate"})
  @DisplayName("every user task of a driven model has an answer, and every answered variable is a field of its form")
  void everyTaskAnsweredWithItsFormsFields(String processKey) {
    var model = Bpmn.readModelFromFile(Path.of("processes", processKey + ".bpmn").toFile());
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      Set<String> fields = FIELDS_OF_FORM.get(task.getCamundaFormRef());
      assertThat(fields).as("the form %s of %s", task.getCamundaFormRef(), task.getId()).isNotNull();
      for (Choices choices : BOTH_ENDS) {
        Vars answer = Answers.answer(task.getId(), choices);
        assertThat(answer).as("the harnesses' answer to %s (%s)", task.getId(), processKey).isNotNull();
        assertThat(fields).as("the fields of %s, which the answer to %s fills", task.getCamundaFormRef(), task.getId())
            .containsAll(answer.plain().keySet());
      }
    }
  }

  /** The variables a form submits: its fields' keys, and for a group with a path the path's first name. */
  private static void collectKeys(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      if (component.hasNonNull("path")) {
        keys.add(component.get("path").asText().split("\\.")[0]);
      } else {
        collectKeys(component.path("components"), keys);
      }
    }
  }

  private static Choices ends(boolean first) {
    return new Choices() {
      @Override
      public String pick(String field, Object... valueWeightPairs) {
        return (String) valueWeightPairs[first ? 0 : valueWeightPairs.length - 2];
      }

      @Override
      public boolean chance(String field, int percent) {
        return first;
      }

      @Override
      public long between(String field, long from, long to) {
        return first ? from : to - 1;
      }
    };
  }
}
