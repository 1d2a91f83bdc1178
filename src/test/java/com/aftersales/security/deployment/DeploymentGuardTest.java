package com.aftersales.security.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.io.ByteArrayInputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * An analyst (ann, group analysts) deploys from Camunda Modeler over /engine-rest/deployment/create. A model that
 * would run code on the server (scripts, Java classes, connectors, expressions beyond reading variables and calling
 * the application's beans, DMN in another language than FEEL, CMMN, unknown files) is refused with 400 naming the
 * element, nothing is deployed and nothing runs; the application's own models deploy as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeploymentGuardTest {

  @TempDir static Path markers;

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repositoryService;
  @Autowired ManagementService managementService;
  @Autowired DeploymentGuard guard;
  @Autowired ProcessEngineConfigurationImpl configuration;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** A file that exists only if the model's code ran. */
  private static Path marker(String name) {
    return markers.resolve(name + "-" + UUID.randomUUID());
  }

  /** The probe's payload: an OS command creating the marker file. */
  private static String exec(Path marker) {
    return "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch " + marker + "')}";
  }

  @Test
  @DisplayName("a timer start event with camunda:expression calling Runtime.exec is refused and the command never runs")
  void timerStartWithRuntimeExecIsRefusedAndNeverRuns() throws Exception {
    Path marker = marker("timer");
    String bpmn = process("""
        <bpmn:startEvent id="StartEvent_Timer">
          <bpmn:timerEventDefinition id="Timer_Soon"><bpmn:timeCycle>R/PT1M</bpmn:timeCycle></bpmn:timerEventDefinition>
        </bpmn:startEvent>
        <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Timer" targetRef="Task_Run" />
        <bpmn:serviceTask id="Task_Run" camunda:expression="%s" />
        """.formatted(xml(exec(marker))));
    String name = "probe-" + UUID.randomUUID();

    ResponseEntity<JsonNode> response = deploy(name, Map.of("probe.bpmn", bpmn));

    assertRefused(response, "probe.bpmn", "Task_Run", "getClass");
    assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isZero();
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 3_600_000));
    for (Job job : managementService.createJobQuery().executable().list()) {
      try {
        managementService.executeJob(job.getId());
      } catch (RuntimeException otherJobFailed) {
        // other tests' jobs; only the marker matters here
      }
    }
    Thread.sleep(500);
    assertThat(marker).doesNotExist();
  }

  static Stream<Arguments> refusedProcesses() {
    return Stream.of(
        Arguments.of("script task", """
            <bpmn:scriptTask id="Task_Script" scriptFormat="groovy"><bpmn:script>'touch /tmp/x'.execute()</bpmn:script></bpmn:scriptTask>
            """, "Task_Script", "script"),
        Arguments.of("execution listener with camunda:class", """
            <bpmn:serviceTask id="Task_Listened" camunda:delegateExpression="${sendMailDelegate}">
              <bpmn:extensionElements>
                <camunda:executionListener class="java.lang.ProcessBuilder" event="start" />
              </bpmn:extensionElements>
            </bpmn:serviceTask>
            """, "Task_Listened", "class"),
        Arguments.of("service task with camunda:class", """
            <bpmn:serviceTask id="Task_Class" camunda:class="org.example.Evil" />
            """, "Task_Class", "class"),
        Arguments.of("service task with activiti:class (the engine reads the old namespace too)", """
            <bpmn:serviceTask id="Task_Activiti" xmlns:activiti="http://activiti.org/bpmn" activiti:class="org.example.Evil" />
            """, "Task_Activiti", "class"),
        Arguments.of("send task with camunda:class", """
            <bpmn:sendTask id="Task_Send" camunda:class="org.example.Evil" />
            """, "Task_Send", "class"),
        Arguments.of("message end event with camunda:class", """
            <bpmn:endEvent id="EndEvent_Message">
              <bpmn:messageEventDefinition id="Message_Def" camunda:class="org.example.Evil" />
            </bpmn:endEvent>
            """, "Message_Def", "class"),
        Arguments.of("task listener script", """
            <bpmn:userTask id="Task_User" camunda:candidateGroups="engineers">
              <bpmn:extensionElements>
                <camunda:taskListener event="create"><camunda:script scriptFormat="javascript">java.lang.Runtime.getRuntime()</camunda:script></camunda:taskListener>
              </bpmn:extensionElements>
            </bpmn:userTask>
            """, "Task_User", "script"),
        Arguments.of("connector", """
            <bpmn:serviceTask id="Task_Http">
              <bpmn:extensionElements>
                <camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>
              </bpmn:extensionElements>
            </bpmn:serviceTask>
            """, "Task_Http", "connector"),
        Arguments.of("input parameter script", """
            <bpmn:userTask id="Task_Input" camunda:candidateGroups="engineers">
              <bpmn:extensionElements>
                <camunda:inputOutput>
                  <camunda:inputParameter name="x"><camunda:script scriptFormat="groovy">1</camunda:script></camunda:inputParameter>
                </camunda:inputOutput>
              </bpmn:extensionElements>
            </bpmn:userTask>
            """, "Task_Input", "script"),
        Arguments.of("output parameter from an external script resource", """
            <bpmn:userTask id="Task_Output" camunda:candidateGroups="engineers">
              <bpmn:extensionElements>
                <camunda:inputOutput>
                  <camunda:outputParameter name="x"><camunda:script scriptFormat="groovy" resource="deployment://evil.groovy" /></camunda:outputParameter>
                </camunda:inputOutput>
              </bpmn:extensionElements>
            </bpmn:userTask>
            """, "Task_Output", "script"),
        Arguments.of("condition in groovy", gateway("<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"groovy\">true</bpmn:conditionExpression>"),
            "Flow_Yes", "language"),
        Arguments.of("condition in javascript", gateway("<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"javascript\">true</bpmn:conditionExpression>"),
            "Flow_Yes", "language"),
        Arguments.of("getClass in a condition", gateway("<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${''.getClass() != null}</bpmn:conditionExpression>"),
            "Flow_Yes", "getClass"),
        Arguments.of("getClass in an assignee", """
            <bpmn:userTask id="Task_Assignee" camunda:assignee="${''.getClass().getName()}" />
            """, "Task_Assignee", "getClass"),
        Arguments.of("getClass in a due date", """
            <bpmn:userTask id="Task_Due" camunda:candidateGroups="engineers" camunda:dueDate="${''.getClass().forName('java.lang.Runtime')}" />
            """, "Task_Due", "getClass"),
        Arguments.of("getClass in a timer", """
            <bpmn:intermediateCatchEvent id="Timer_Wait">
              <bpmn:timerEventDefinition id="Timer_Def"><bpmn:timeDuration>${''.getClass().getName()}</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            """, "Timer_Def", "getClass"),
        Arguments.of("engine services through the execution", """
            <bpmn:serviceTask id="Task_Services" camunda:expression="${execution.getProcessEngineServices().getRepositoryService()}" />
            """, "Task_Services", "getProcessEngineServices"),
        Arguments.of("a platform bean instead of the application's", """
            <bpmn:serviceTask id="Task_Engine" camunda:expression="${processEngine.getName()}" />
            """, "Task_Engine", "processEngine"),
        Arguments.of("a delegate expression that is not a bean name", """
            <bpmn:serviceTask id="Task_Delegate" camunda:delegateExpression="${sendMailDelegate.getClass()}" />
            """, "Task_Delegate", "delegate"),
        Arguments.of("a delegate expression naming no delegate", """
            <bpmn:serviceTask id="Task_NoDelegate" camunda:delegateExpression="${workingDayCalendar}" />
            """, "Task_NoDelegate", "delegate"),
        Arguments.of("a function call", """
            <bpmn:userTask id="Task_Function" camunda:candidateGroups="engineers" camunda:dueDate="${dateTime().plusDays(1).toDate()}" />
            """, "Task_Function", "function"),
        Arguments.of("calling into what a bean returned", """
            <bpmn:serviceTask id="Task_Chain" camunda:expression="${partsRequests.orderNumbers('x').getClass()}" />
            """, "Task_Chain", "getClass"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedProcesses")
  @DisplayName("a model that could run code is refused with 400 naming the element, and nothing is deployed")
  void refusedProcess(String what, String elements, String elementId, String reason) {
    String name = "refused-" + UUID.randomUUID();

    ResponseEntity<JsonNode> response = deploy(name, Map.of("refused.bpmn", process(elements)));

    assertRefused(response, "refused.bpmn", elementId, reason);
    assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isZero();
  }

  static Stream<Arguments> refusedDecisions() {
    return Stream.of(
        Arguments.of("juel", decision("expressionLanguage=\"juel\"", "\"a\"")),
        Arguments.of("groovy", decision("expressionLanguage=\"groovy\"", "\"a\"")),
        Arguments.of("javascript", decision("expressionLanguage=\"javascript\"", "\"a\"")),
        Arguments.of("python", decision("expressionLanguage=\"python\"", "\"a\"")),
        Arguments.of("FEEL external java function", decision("",
            "function(x) external {java: {class: \"java.lang.Runtime\", method signature: \"getRuntime()\"}}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedDecisions")
  @DisplayName("a decision in another language than FEEL, or calling Java from FEEL, is refused")
  void refusedDecision(String what, String dmn) {
    String name = "refused-dmn-" + UUID.randomUUID();

    ResponseEntity<JsonNode> response = deploy(name, Map.of("refused.dmn", dmn));

    assertRefused(response, "refused.dmn", null, what.startsWith("FEEL") ? "external" : "FEEL");
    assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isZero();
  }

  @Test
  @DisplayName("the engine's FEEL does not call Java either: a decision with an external function, evaluated directly, sets nothing")
  void feelExternalFunctionsAreOffInTheEngine() {
    String property = "aftersales.feel.probe." + UUID.randomUUID();
    String dmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
            id="Definitions_Feel" name="feel" namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="feelProbe" name="FEEL probe" camunda:historyTimeToLive="P180D">
            <variable id="Variable_1" name="result" />
            <literalExpression id="Literal_1"><text>%s</text></literalExpression>
          </decision>
        </definitions>
        """.formatted(xml("{f: function(k, v) external {java: {class: \"java.lang.System\", "
            + "method signature: \"setProperty(java.lang.String, java.lang.String)\"}}, r: f(\"" + property + "\", \"ran\")}.r"));
    DmnEngine dmnEngine = configuration.getDmnEngine();

    // inside a command, as the engine evaluates decisions (parsing reads the engine's settings)
    assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired().execute(context -> {
      DmnDecision decision = dmnEngine.parseDecision("feelProbe", new ByteArrayInputStream(dmn.getBytes(StandardCharsets.UTF_8)));
      return dmnEngine.evaluateDecision(decision, Variables.createVariables());
    })).hasStackTraceContaining("External functions are disabled");
    assertThat(System.getProperty(property)).isNull();
  }

  @Test
  void cmmnAndUnknownFilesAreRefused() {
    String cmmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/CMMN/20151109/MODEL" id="Definitions_Case" targetNamespace="x">
          <case id="Case_1"><casePlanModel id="Plan_1" /></case>
        </definitions>
        """;
    assertRefused(deploy("cmmn-" + UUID.randomUUID(), Map.of("case.cmmn", cmmn)), "case.cmmn", null, "CMMN");
    assertRefused(deploy("js-" + UUID.randomUUID(), Map.of("evil.js", "java.lang.Runtime.getRuntime()")), "evil.js", null, "kind of file");
    assertRefused(deploy("groovy-" + UUID.randomUUID(), Map.of("repair.bpmn", process(""), "evil.groovy", "1")),
        "evil.groovy", null, "kind of file");
  }

  @Test
  @DisplayName("a model reading variables and calling the application's beans deploys: repair.bpmn redeployed as ann")
  void theApplicationsRepairModelDeploysAsAnn() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("repair.bpmn", read("processes/repair.bpmn"));
    for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/repair-*.form")) {
      files.put(form.getFilename(), new String(form.getContentAsByteArray(), StandardCharsets.UTF_8));
    }
    String name = "repair (guard test) " + UUID.randomUUID();

    ResponseEntity<JsonNode> response = deploy(name, files);

    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isEqualTo(1);
    repositoryService.deleteDeployment(response.getBody().path("id").asText(), true);
  }

  @Test
  @DisplayName("every model and form the application deploys at start passes the guard")
  void theAutoDeployedModelsPassTheGuard() throws IOException {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    int checked = 0;
    for (String pattern : new String[] {"classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn", "classpath*:forms/**/*.form"}) {
      for (Resource resource : resolver.getResources(pattern)) {
        assertThat(guard.check(resource.getFilename(), resource.getContentAsByteArray())).as(resource.getFilename()).isEmpty();
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(50);
  }

  private static void assertRefused(ResponseEntity<JsonNode> response, String resource, String elementId, String reason) {
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = response.getBody();
    assertThat(body.path("type").asText()).isEqualTo("ParseException");
    assertThat(body.path("message").asText()).contains(resource).containsIgnoringCase(reason);
    JsonNode errors = body.path("details").path(resource).path("errors");
    assertThat(errors.isArray() && !errors.isEmpty()).as(body.toString()).isTrue();
    if (elementId != null) {
      assertThat(body.path("message").asText()).contains(elementId);
      assertThat(errors.toString()).contains("\"mainElementId\":\"" + elementId + "\"");
    }
  }

  /** What Camunda Modeler sends. */
  private ResponseEntity<JsonNode> deploy(String name, Map<String, String> files) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", name);
    body.add("deployment-source", "Camunda Modeler");
    files.forEach((file, content) -> body.add(file, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return file;
      }
    }));
    return rest.withBasicAuth("ann", "ann").postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body), JsonNode.class);
  }

  private static String process(String elements) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="Definitions_Guard" targetNamespace="http://aftersales.example/test">
          <bpmn:process id="guardCheck" isExecutable="true" camunda:historyTimeToLive="P180D">
            %s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(elements);
  }

  private static String gateway(String condition) {
    return """
        <bpmn:startEvent id="StartEvent_1" />
        <bpmn:sequenceFlow id="Flow_Start" sourceRef="StartEvent_1" targetRef="Gateway_1" />
        <bpmn:exclusiveGateway id="Gateway_1" default="Flow_No" />
        <bpmn:sequenceFlow id="Flow_Yes" sourceRef="Gateway_1" targetRef="EndEvent_1">%s</bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="Flow_No" sourceRef="Gateway_1" targetRef="EndEvent_1" />
        <bpmn:endEvent id="EndEvent_1" />
        """.formatted(condition);
  }

  private static String decision(String inputLanguage, String inputEntry) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
            id="Definitions_GuardDecision" name="guard" namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="guardDecision" name="Guard" camunda:historyTimeToLive="P180D">
            <decisionTable id="Table_1">
              <input id="Input_1"><inputExpression id="InputExpression_1" typeRef="string" %s><text>x</text></inputExpression></input>
              <output id="Output_1" name="y" typeRef="string" />
              <rule id="Rule_1"><inputEntry id="Entry_1"><text>%s</text></inputEntry><outputEntry id="Out_1"><text>"ok"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(inputLanguage, xml(inputEntry));
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }

  private static String read(String classpath) throws IOException {
    return new String(new PathMatchingResourcePatternResolver().getResource("classpath:" + classpath).getContentAsByteArray(),
        StandardCharsets.UTF_8);
  }
}
