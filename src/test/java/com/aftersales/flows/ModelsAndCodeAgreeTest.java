package com.aftersales.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.flows.complaint.ComplaintProcess;
import com.aftersales.flows.consultation.ConsultationProcess;
import com.aftersales.flows.emergency.EmergencyProcess;
import com.aftersales.flows.installation.InstallationProcess;
import com.aftersales.flows.maintenance.MaintenanceProcess;
import com.aftersales.flows.exchange.ExchangeProcess;
import com.aftersales.flows.parts.PartsProcess;
import com.aftersales.flows.repair.RepairProcess;
import com.aftersales.flows.credit.CreditProcess;
import com.aftersales.stock.count.CountProcess;
import com.aftersales.stock.purchase.PurchaseProcess;
import com.aftersales.stock.requisition.RequisitionProcess;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.beans.Introspector;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The models in processes/ and forms/ and the code that names their parts agree: the process classes hold
 * the element ids the code uses (and only those), the beans the models name exist under their class's name
 * and do what the model asks of them, and every user task has its form and every form its task. A rename on
 * either side fails here instead of in a running case.
 */
class ModelsAndCodeAgreeTest {

  /** Each class of element-id constants and the model its ids live in. */
  static final Map<Class<?>, String> ELEMENT_IDS = Map.ofEntries(
      Map.entry(com.aftersales.flows.visit.VisitProcess.Elements.class, "return-visit.bpmn"),
      Map.entry(ComplaintProcess.Elements.class, "complaint.bpmn"),
      Map.entry(ConsultationProcess.Elements.class, "consultation.bpmn"),
      Map.entry(InstallationProcess.Elements.class, "installation.bpmn"),
      Map.entry(MaintenanceProcess.Elements.class, "maintenance.bpmn"),
      Map.entry(EmergencyProcess.Elements.class, "emergency.bpmn"),
      Map.entry(ExchangeProcess.Ids.class, "exchange.bpmn"),
      Map.entry(PartsProcess.Elements.class, "parts-approval.bpmn"),
      Map.entry(RepairProcess.Elements.class, "repair.bpmn"),
      Map.entry(com.aftersales.customers.verification.VerificationProcess.Elements.class, "archive-reverification.bpmn"),
      Map.entry(com.aftersales.customers.report.CustomerReportProcess.Elements.class, "customer-info-report.bpmn"),
      Map.entry(CreditProcess.ScanElements.class, "credit-review-scan.bpmn"),
      Map.entry(CreditProcess.ReviewElements.class, "credit-review.bpmn"),
      Map.entry(CreditProcess.GateElements.class, "payment-gate.bpmn"),
      Map.entry(com.aftersales.customers.destruction.DestructionProcess.Elements.class, "archive-destruction.bpmn"),
      Map.entry(com.aftersales.customers.destruction.DestructionProcess.ScanElements.class,
          "archive-destruction-scan.bpmn"),
      Map.entry(com.aftersales.flows.repeatrepair.RepeatRepairReview.Elements.class, "repeat-repair-review.bpmn"));

  /** Each process key constant and its model. */
  static final Map<String, String> PROCESS_KEYS = Map.ofEntries(
      Map.entry(com.aftersales.flows.visit.VisitProcess.PROCESS_KEY, "return-visit.bpmn"),
      Map.entry(ComplaintProcess.PROCESS_KEY, "complaint.bpmn"),
      Map.entry(ConsultationProcess.PROCESS_KEY, "consultation.bpmn"),
      Map.entry(InstallationProcess.PROCESS_KEY, "installation.bpmn"),
      Map.entry(MaintenanceProcess.PROCESS_KEY, "maintenance.bpmn"),
      Map.entry(EmergencyProcess.PROCESS_KEY, "emergency.bpmn"),
      Map.entry(ExchangeProcess.PROCESS_KEY, "exchange.bpmn"),
      Map.entry(PartsProcess.PROCESS_KEY, "parts-approval.bpmn"),
      Map.entry(PartsProcess.DAILY_SUMMARY_PROCESS_KEY, "parts-daily-summary.bpmn"),
      Map.entry(RepairProcess.PROCESS_KEY, "repair.bpmn"),
      Map.entry(RequisitionProcess.KEY, "parts-requisition.bpmn"),
      Map.entry(PurchaseProcess.KEY, "parts-purchase.bpmn"),
      Map.entry(CountProcess.KEY, "stock-count.bpmn"),
      Map.entry(CountProcess.MONTHLY_KEY, "stock-stocktaking.bpmn"),
      Map.entry(com.aftersales.customers.verification.VerificationProcess.QUARTERLY_KEY,
          "archive-reverification-quarterly.bpmn"),
      Map.entry(com.aftersales.customers.verification.VerificationProcess.KEY, "archive-reverification.bpmn"),
      Map.entry(com.aftersales.customers.report.CustomerReportProcess.KEY, "customer-info-report.bpmn"),
      Map.entry(CreditProcess.SCAN_KEY, "credit-review-scan.bpmn"),
      Map.entry(CreditProcess.REVIEW_KEY, "credit-review.bpmn"),
      Map.entry(CreditProcess.GATE_KEY, "payment-gate.bpmn"),
      Map.entry(com.aftersales.customers.destruction.DestructionProcess.KEY, "archive-destruction.bpmn"),
      Map.entry(com.aftersales.customers.destruction.DestructionProcess.SCAN_KEY, "archive-destruction-scan.bpmn"),
      Map.entry(com.aftersales.customers.secrecy.SecrecyPeriods.PROCESS_KEY, "archive-declassification.bpmn"),
      Map.entry(com.aftersales.flows.repeatrepair.RepeatRepairReview.KEY, "repeat-repair-review.bpmn"));

  static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");
  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");
  static final ObjectMapper JSON = new ObjectMapper();

  static final Map<String, BpmnModelInstance> MODELS = new LinkedHashMap<>();
  /** Bean name to the classes annotated with it (more than one is a clash). */
  static final Map<String, List<Class<?>>> BEANS = new HashMap<>();

  @BeforeAll
  static void readModelsAndScanBeans() throws IOException, ClassNotFoundException {
    for (Path file : bpmnFiles()) {
      try (InputStream in = Files.newInputStream(file)) {
        MODELS.put(file.getFileName().toString(), Bpmn.readModelFromStream(in));
      }
    }
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    AnnotationBeanNameGenerator names = AnnotationBeanNameGenerator.INSTANCE;
    SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    for (BeanDefinition bean : scanner.findCandidateComponents("com.aftersales")) {
      Class<?> type = Class.forName(bean.getBeanClassName());
      BEANS.computeIfAbsent(names.generateBeanName(bean, registry), n -> new ArrayList<>()).add(type);
    }
  }

  static List<Path> bpmnFiles() throws IOException {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  static Stream<Class<?>> elementIdClasses() {
    return ELEMENT_IDS.keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("elementIdClasses")
  @DisplayName("every element-id constant names an element of its model")
  void everyElementIdConstantExistsInItsModel(Class<?> ids) {
    BpmnModelInstance model = MODELS.get(ELEMENT_IDS.get(ids));
    assertThat(model).as(ELEMENT_IDS.get(ids)).isNotNull();
    List<String> missing = new ArrayList<>();
    constants(ids).forEach((name, id) -> {
      if (!(model.getModelElementById(id) instanceof BaseElement)) {
        missing.add(ids.getSimpleName() + "." + name + " = " + id);
      }
    });
    assertThat(missing).as("constants of %s without an element in %s", ids.getName(), ELEMENT_IDS.get(ids))
        .isEmpty();
  }

  @ParameterizedTest
  @MethodSource("elementIdClasses")
  @DisplayName("every element-id constant is used by the code or its tests (the constants are the ids the code needs)")
  void everyElementIdConstantIsUsed(Class<?> ids) throws IOException {
    // A use is Elements.NAME (or Ids.NAME) in a file that names the owning process class.
    String owner = ids.getEnclosingClass().getSimpleName();
    List<String> sources = javaSources().stream().filter(s -> s.contains(owner)).toList();
    List<String> unused = constants(ids).keySet().stream()
        .filter(name -> {
          Pattern use = Pattern.compile("\\b" + ids.getSimpleName() + "\\." + name + "\\b");
          return sources.stream().noneMatch(s -> use.matcher(s).find());
        })
        .toList();
    assertThat(unused).as("constants of %s referenced nowhere", ids.getName()).isEmpty();
  }

  @Test
  @DisplayName("every process key constant is the id of an executable process in its model")
  void processKeysAreTheModelsProcessIds() {
    PROCESS_KEYS.forEach((key, file) -> {
      ModelElementInstance process = MODELS.get(file).getModelElementById(key);
      assertThat(process).as(file + " process " + key).isInstanceOf(Process.class);
      assertThat(((Process) process).isExecutable()).as(key + " executable").isTrue();
    });
  }

  @Test
  @DisplayName("every decision key constant is the id of a decision in its table")
  void decisionKeysAreTheTablesDecisionIds() throws IOException {
    Map<String, String> decisions = Map.of(
        ComplaintProcess.DECISION_KEY, "complaint-routing.dmn",
        RepairProcess.DECISION_KEY, "warranty-coverage.dmn",
        RepairProcess.LABOUR_RATE_DECISION, "labour-rate.dmn",
        PartsProcess.LEAD_TIME_DECISION, "parts-lead-time.dmn",
        PartsProcess.PRICE_DECISION, "parts-price.dmn",
        RequisitionProcess.APPROVER_DECISION, "parts-requisition-approver.dmn",
        CreditProcess.DECISION_KEY, "payment-terms.dmn");
    for (Map.Entry<String, String> d : decisions.entrySet()) {
      try (InputStream in = Files.newInputStream(PROCESSES.resolve(d.getValue()))) {
        ModelElementInstance decision = Dmn.readModelFromStream(in).getModelElementById(d.getKey());
        assertThat(decision)
            .as(d.getValue() + " decision " + d.getKey()).isInstanceOf(Decision.class);
      }
    }
  }

  @Test
  @DisplayName("the deadlines the SLA report measures against are the ones repair.bpmn sets")
  void repairDeadlinesAreTheModels() {
    BpmnModelInstance repair = MODELS.get("repair.bpmn");
    UserTask awaitReturn = repair.getModelElementById(RepairProcess.Elements.AWAIT_FACTORY_RETURN);
    assertThat(awaitReturn.getCamundaDueDate()).isEqualTo(RepairProcess.Deadlines.FACTORY_RETURN);
    BoundaryEvent overdue = repair.getModelElementById(RepairProcess.Elements.TIMER_REPAIR_CYCLE_OVERDUE);
    assertThat(overdue.getAttachedTo().getId()).isEqualTo(RepairProcess.Elements.PARTS_REPAIR);
    TimerEventDefinition timer = (TimerEventDefinition) overdue.getEventDefinitions().iterator().next();
    assertThat(timer.getTimeDuration().getTextContent().trim()).isEqualTo(RepairProcess.Deadlines.PARTS_REPAIR);
  }

  @Test
  @DisplayName("the follow-up call has one task id in repair and exchange (the SLA report reads both by it)")
  void followUpCallIsOneIdInBothFlows() {
    assertThat(ExchangeProcess.Ids.FOLLOW_UP_CALL).isEqualTo(RepairProcess.Elements.FOLLOW_UP_CALL);
    assertThat(MODELS.get("exchange.bpmn").<ModelElementInstance>getModelElementById(ExchangeProcess.Ids.FOLLOW_UP_CALL))
        .isInstanceOf(UserTask.class);
    assertThat(MODELS.get("repair.bpmn").<ModelElementInstance>getModelElementById(RepairProcess.Elements.FOLLOW_UP_CALL))
        .isInstanceOf(UserTask.class);
  }

  @Test
  @DisplayName("every model is owned by a process class")
  void everyModelIsKnownToTheCode() {
    assertThat(MODELS.keySet()).containsExactlyInAnyOrderElementsOf(new TreeSet<>(PROCESS_KEYS.values()));
  }

  @Test
  @DisplayName("every delegateExpression names one bean whose name is its class's name and which is what the model uses it as")
  void delegateExpressionsResolveToBeansNamedAfterTheirClass() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, BpmnModelInstance> model : MODELS.entrySet()) {
      for (BaseElement element : model.getValue().getModelElementsByType(BaseElement.class)) {
        String where = model.getKey() + " " + element.getId();
        String own = element.getAttributeValueNs(CAMUNDA_NS, "delegateExpression");
        if (own != null) {
          problems.addAll(checkBean(where, own, JavaDelegate.class));
          checked++;
        }
        for (CamundaExecutionListener l : element.getChildElementsByType(ExtensionElements.class)
            .stream().flatMap(e -> e.getChildElementsByType(CamundaExecutionListener.class).stream()).toList()) {
          if (l.getCamundaDelegateExpression() != null) {
            problems.addAll(checkBean(where + " execution listener", l.getCamundaDelegateExpression(), ExecutionListener.class));
            checked++;
          }
        }
        for (CamundaTaskListener l : element.getChildElementsByType(ExtensionElements.class)
            .stream().flatMap(e -> e.getChildElementsByType(CamundaTaskListener.class).stream()).toList()) {
          if (l.getCamundaDelegateExpression() != null) {
            problems.addAll(checkBean(where + " task listener", l.getCamundaDelegateExpression(), TaskListener.class));
            checked++;
          }
        }
      }
    }
    assertThat(checked).as("delegate expressions found").isGreaterThan(50);
    assertThat(problems).isEmpty();
  }

  static List<String> checkBean(String where, String expression, Class<?> role) {
    Matcher m = BEAN_EXPRESSION.matcher(expression);
    if (!m.matches()) {
      return List.of(where + ": delegateExpression " + expression + " is not a bean name");
    }
    String name = m.group(1);
    List<Class<?>> types = BEANS.getOrDefault(name, List.of());
    if (types.size() != 1) {
      return List.of(where + ": bean " + name + " is declared by " + types);
    }
    Class<?> type = types.get(0);
    List<String> problems = new ArrayList<>();
    if (!Introspector.decapitalize(type.getSimpleName()).equals(name)) {
      problems.add(where + ": bean " + name + " is class " + type.getName() + " (name and class differ)");
    }
    if (!role.isAssignableFrom(type)) {
      problems.add(where + ": bean " + name + " (" + type.getName() + ") is no " + role.getSimpleName());
    }
    return problems;
  }

  @Test
  @DisplayName("every user task has a form, bound to the deployment, and every formRef has forms/<ref>.form with that id")
  void everyUserTaskHasItsForm() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, BpmnModelInstance> model : MODELS.entrySet()) {
      for (UserTask task : model.getValue().getModelElementsByType(UserTask.class)) {
        String where = model.getKey() + " " + task.getId();
        String ref = task.getCamundaFormRef();
        if (ref == null) {
          problems.add(where + ": no camunda:formRef");
          continue;
        }
        if (!"deployment".equals(task.getCamundaFormRefBinding())) {
          problems.add(where + ": formRefBinding " + task.getCamundaFormRefBinding() + ", not deployment");
        }
        Path form = FORMS.resolve(ref + ".form");
        if (!Files.isRegularFile(form)) {
          problems.add(where + ": no " + form);
        } else if (!ref.equals(JSON.readTree(form.toFile()).path("id").asText())) {
          problems.add(where + ": " + form + " has id " + JSON.readTree(form.toFile()).path("id").asText());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  @DisplayName("every form in forms/ is used by a user task of some model")
  void everyFormIsUsed() throws IOException {
    Set<String> used = new TreeSet<>();
    MODELS.values().forEach(m -> m.getModelElementsByType(UserTask.class).stream()
        .map(UserTask::getCamundaFormRef).filter(r -> r != null).forEach(used::add));
    List<String> forms;
    try (Stream<Path> files = Files.list(FORMS)) {
      forms = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".form"))
          .map(f -> f.substring(0, f.length() - ".form".length())).sorted().toList();
    }
    assertThat(forms).isNotEmpty();
    assertThat(forms).as("forms no user task refers to").allMatch(used::contains);
  }

  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  /** The public static String constants of a class, by field name. */
  static Map<String, String> constants(Class<?> type) {
    Map<String, String> constants = new LinkedHashMap<>();
    for (Field f : type.getDeclaredFields()) {
      int mod = f.getModifiers();
      if (Modifier.isPublic(mod) && Modifier.isStatic(mod) && f.getType() == String.class) {
        try {
          constants.put(f.getName(), (String) f.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    assertThat(constants).as(type.getName()).isNotEmpty();
    return constants;
  }

  private static List<String> sourcesCache;

  /** The text of every Java source of main and test, except the process classes themselves. */
  static synchronized List<String> javaSources() throws IOException {
    if (sourcesCache == null) {
      List<String> all = new ArrayList<>();
      for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
        try (Stream<Path> files = Files.walk(root)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
            if (!f.getFileName().toString().matches("(Complaint|Exchange|Parts|Repair)Process\\.java")) {
              all.add(Files.readString(f));
            }
          }
        }
      }
      sourcesCache = List.copyOf(all);
    }
    return sourcesCache;
  }

}
