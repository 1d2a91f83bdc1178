package com.aftersales.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * No variable of a model loses its history without saying so. audit-lean drops the history of the variables that
 * StepOnlyVariables beans declare; every variable the models write (input/output parameters, call-activity
 * mappings, result variables, expressions' setVariable, form fields, the flows' Vars constants) whose history the
 * running level drops must be listed in docs/operations.md, "What history keeps". A model that adds a variable some
 * bean's rule happens to match (a name reused across flows, a prefix) fails here until someone decides.
 */
@SpringBootTest
@ActiveProfiles("test")
class StepOnlyVariablesDeclaredTest {

  private static final Pattern SET_VARIABLE = Pattern.compile("setVariable(?:Local)?\\(\\s*'([^']+)'");
  private static final Pattern RESULT_VARIABLE = Pattern.compile("camunda:resultVariable=\"([^\"]+)\"");
  private static final Pattern DOCUMENTED = Pattern.compile("`([A-Za-z_][A-Za-z0-9_]*\\*?)`");

  @Autowired ProcessEngine engine;

  @Test
  @DisplayName("every model variable whose history audit-lean drops is a documented step-only variable")
  void droppedModelVariablesAreDocumented() throws Exception {
    LeanAuditHistoryLevel level = (LeanAuditHistoryLevel)
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel();
    Set<String> written = modelVariables();
    Set<String> documented = documentedStepOnly();

    Set<String> dropped = new TreeSet<>(written.stream().filter(level::isStepOnly).toList());
    assertThat(written).as("the collection itself found the models' variables").hasSizeGreaterThan(30);
    assertThat(dropped).allSatisfy(name -> assertThat(documented.contains(name)
        || documented.stream().anyMatch(d -> d.endsWith("*") && name.startsWith(d.substring(0, d.length() - 1))))
        .as("%s loses its history under audit-lean but docs/operations.md does not list it", name).isTrue());
  }

  @Test
  @DisplayName("every variable docs/operations.md lists as step-only is one audit-lean really drops")
  void documentedStepOnlyVariablesAreDropped() throws Exception {
    LeanAuditHistoryLevel level = (LeanAuditHistoryLevel)
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel();
    assertThat(documentedStepOnly()).isNotEmpty()
        .allSatisfy(name -> assertThat(level.isStepOnly(name.replace("*", "Task_Example"))).as(name).isTrue());
  }

  /** The names in backticks of the step-only row of docs/operations.md's "What history keeps". */
  static Set<String> documentedStepOnly() throws IOException {
    String doc = Files.readString(Path.of("docs/operations.md"));
    int section = doc.indexOf("## What history keeps");
    assertThat(section).as("docs/operations.md has a section \"What history keeps\"").isNotNegative();
    String row = doc.substring(section).lines().filter(line -> line.startsWith("| step-only variables")).findFirst()
        .orElseThrow(() -> new AssertionError("no row \"step-only variables\" in \"What history keeps\""));
    Set<String> names = new TreeSet<>();
    Matcher m = DOCUMENTED.matcher(row.split("\\|")[2]);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  static Set<String> modelVariables() throws Exception {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        String xml = Files.readString(model);
        BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
        instance.getModelElementsByType(CamundaInputParameter.class).forEach(p -> names.add(p.getCamundaName()));
        instance.getModelElementsByType(CamundaOutputParameter.class).forEach(p -> names.add(p.getCamundaName()));
        instance.getModelElementsByType(CamundaIn.class).forEach(p -> addIfSet(names, p.getCamundaTarget()));
        instance.getModelElementsByType(CamundaOut.class).forEach(p -> addIfSet(names, p.getCamundaTarget()));
        addAll(names, RESULT_VARIABLE.matcher(xml));
        addAll(names, SET_VARIABLE.matcher(xml));
      }
    }
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        json.readTree(form.toFile()).findValues("key").stream().filter(JsonNode::isTextual)
            .forEach(key -> names.add(key.asText()));
      }
    }
    for (String flow : new String[] {"repair.RepairProcess", "exchange.ExchangeProcess", "parts.PartsProcess",
        "complaint.ComplaintProcess"}) {
      names.addAll(constants(Class.forName("com.aftersales.flows." + flow + "$Vars")));
    }
    names.addAll(constants(Class.forName("com.aftersales.cases.CaseVariables")));
    return names;
  }

  private static void addIfSet(Set<String> names, String name) {
    if (name != null && !name.isBlank()) {
      names.add(name);
    }
  }

  private static void addAll(Set<String> names, Matcher matcher) {
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
  }

  private static Set<String> constants(Class<?> type) throws IllegalAccessException {
    Set<String> names = new TreeSet<>();
    for (Field field : type.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        field.setAccessible(true);
        names.add((String) field.get(null));
      }
    }
    return names;
  }
}
