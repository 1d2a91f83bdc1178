package com.aftersales.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.aftersales.cases.CaseService;
import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.RepairProcess.Elements;
import com.aftersales.flows.repair.RepairProcess.Status;
import com.aftersales.flows.repair.delegate.RepairCaseStatus;
import com.aftersales.flows.repair.delegate.RepairMilestoneListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A case's status is written one way: by its flow's record service (RepairService, ExchangeService,
 * ComplaintService, PartsService) as part of the step it records, called by the flow's delegates and listener
 * beans. Models name beans, never a status; delegates never pick a status of their own.
 */
class CaseStatusIsSetOneWayTest {

  /** The classes allowed to call CaseService.updateStatus or CaseService.close. */
  static final Set<String> STATUS_WRITERS = Set.of(
      "cases/JdbcCaseService.java",
      "flows/repair/RepairService.java", "flows/exchange/ExchangeService.java",
      "flows/complaint/ComplaintService.java", "flows/parts/PartsService.java",
      "flows/consultation/ConsultationService.java", "flows/installation/InstallationService.java",
      "flows/maintenance/MaintenanceService.java", "flows/emergency/EmergencyService.java");

  static final Pattern WRITES_STATUS = Pattern.compile("\\.updateStatus\\(|\\bcases\\.close\\(");
  static final Path MAIN = Path.of("src/main/java/com/aftersales");

  @Test
  @DisplayName("only the flows' record services write a case's status")
  void onlyTheRecordServicesWriteTheStatus() throws IOException {
    Set<String> writers = new TreeSet<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (WRITES_STATUS.matcher(Files.readString(f)).find()) {
          writers.add(MAIN.relativize(f).toString().replace('\\', '/'));
        }
      }
    }
    assertThat(writers).isNotEmpty().isSubsetOf(STATUS_WRITERS);
  }

  @Test
  @DisplayName("no model sets anything through an expression listener: listeners are the application's beans")
  void modelsHaveNoExpressionListeners() throws IOException {
    Map<String, String> found = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = read(f);
        model.getModelElementsByType(CamundaExecutionListener.class).stream()
            .filter(l -> l.getCamundaExpression() != null)
            .forEach(l -> found.put(f.getFileName() + " " + parentId(l), l.getCamundaExpression()));
        model.getModelElementsByType(CamundaTaskListener.class).stream()
            .filter(l -> l.getCamundaExpression() != null)
            .forEach(l -> found.put(f.getFileName() + " " + parentId(l), l.getCamundaExpression()));
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  @DisplayName("repair.bpmn has the milestone listener on start of exactly the elements RepairService knows a status for")
  void repairMilestonesAreWhereTheModelHasTheListener() throws IOException {
    BpmnModelInstance repair = read(Path.of("processes/repair.bpmn"));
    Set<String> withListener = new TreeSet<>();
    for (CamundaExecutionListener l : repair.getModelElementsByType(CamundaExecutionListener.class)) {
      if ("${repairMilestoneListener}".equals(l.getCamundaDelegateExpression())) {
        assertThat(l.getCamundaEvent()).as(parentId(l)).isEqualTo(ExecutionListener.EVENTNAME_START);
        withListener.add(parentId(l));
      }
    }
    assertThat(withListener).containsExactlyInAnyOrderElementsOf(RepairService.MILESTONES.keySet());
  }

  @Test
  @DisplayName("reaching a milestone sets the case's status; an element that is no milestone fails the step")
  void milestoneSetsItsStatus() {
    CaseService cases = mock(CaseService.class);
    RepairService records = new RepairService(cases);

    records.milestoneReached("AS-2026-000001", Elements.FACTORY_REPAIR);
    verify(cases).updateStatus("AS-2026-000001", Status.AT_FACTORY);

    CaseService untouched = mock(CaseService.class);
    RepairService other = new RepairService(untouched);
    assertThatThrownBy(() -> other.milestoneReached("AS-2026-000001", Elements.OBTAIN_SIGN_OFF))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(Elements.OBTAIN_SIGN_OFF);
    verifyNoInteractions(untouched);
  }

  @Test
  @DisplayName("opening the repair puts the case into assessment")
  void openingStartsTheAssessment() {
    CaseService cases = mock(CaseService.class);
    new RepairService(cases).opened("AS-2026-000002");
    verify(cases).updateStatus("AS-2026-000002", Status.ASSESSMENT);
  }

  @Test
  @DisplayName("an instance of an earlier repair definition (repairCaseStatus.update in its model) gets the same status from the element reached")
  void earlierDefinitionsGoTheSameWay() {
    CaseService cases = mock(CaseService.class);
    RepairCaseStatus earlier = new RepairCaseStatus(new RepairMilestoneListener(new RepairService(cases)));
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getProcessBusinessKey()).thenReturn("AS-2026-000003");
    when(execution.getCurrentActivityId()).thenReturn(Elements.TIMER_FOLLOW_UP_DUE);

    earlier.update(execution, Status.FOLLOW_UP);

    verify(cases).updateStatus("AS-2026-000003", Status.FOLLOW_UP);
  }

  static BpmnModelInstance read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Bpmn.readModelFromStream(in);
    }
  }

  /** The id of the flow element a listener belongs to (listener, extensionElements, element). */
  static String parentId(ModelElementInstance listener) {
    ModelElementInstance e = listener;
    while (e != null && !(e instanceof BaseElement)) {
      e = e.getParentElement();
    }
    return e == null ? "?" : ((BaseElement) e).getId();
  }
}
