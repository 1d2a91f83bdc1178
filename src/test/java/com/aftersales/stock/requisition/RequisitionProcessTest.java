package com.aftersales.stock.requisition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.engine.TaskInputRejectedException;
import com.aftersales.stock.Movement;
import com.aftersales.stock.MovementFilter;
import com.aftersales.stock.MovementType;
import com.aftersales.stock.Part;
import com.aftersales.stock.StockScenario;
import com.aftersales.stock.StockService;
import com.aftersales.stock.requisition.RequisitionProcess.Elements;
import com.aftersales.stock.requisition.RequisitionProcess.Vars;
import com.aftersales.web.InvalidRequestException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Every path of parts-requisition with the real delegates, decision table and ledger. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RequisitionProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired StockService stock;
  @Autowired CaseService cases;
  @Autowired Requisitions requisitions;

  @BeforeEach
  void setUp() {
    init(processEngine);
  }

  @Test
  @DisplayName("approved by the store keeper, issued in full, one unused returned and the old part recovered")
  void approveIssueReturnRecover() {
    Part part = StockScenario.stockedPart(stock, 5);
    ProcessInstance pi = start(part, 3, "eric");

    assertThat(pi).isWaitingAt(Elements.APPROVE).hasVariables(Vars.REQUISITION_NUMBER);
    assertThat(candidateGroup(pi)).isEqualTo("store-keepers");
    assertThat(runtimeService.getVariable(pi.getId(), Vars.REQUISITION_AMOUNT)).isEqualTo(240.0);
    complete(pi, "kate", Map.of(Vars.APPROVAL_DECISION, "approved"));
    assertThat(pi).isWaitingAt(Elements.ISSUE);
    complete(pi, "kate", Map.of(Vars.ISSUED_QUANTITY, 3L));
    assertThat(pi).isWaitingAt(Elements.RETURN);
    assertThat(stock.onHand("main", part.code())).isEqualTo(2);
    complete(pi, "eric", Map.of(Vars.UNUSED_QUANTITY, 1L, Vars.OLD_PART_OUTCOME, "recovered",
        Vars.OLD_PART_QUANTITY, 2L));

    assertThat(pi).isEnded().hasPassed(Elements.RECORD_RETURN, Elements.END_SETTLED);
    String caseNumber = (String) caseOf(pi);
    assertThat(stock.movements(MovementFilter.ofCase(caseNumber))).extracting(Movement::type, Movement::quantity,
        Movement::actor).containsExactly(
        org.assertj.core.groups.Tuple.tuple(MovementType.ISSUE, 3, "kate"),
        org.assertj.core.groups.Tuple.tuple(MovementType.RETURN_UNUSED, 1, "eric"),
        org.assertj.core.groups.Tuple.tuple(MovementType.OLD_PART_RECOVERED, 2, "eric"));
    assertThat(stock.movements(MovementFilter.ofCase(caseNumber))).allSatisfy(m ->
        assertThat(m.requisitionNumber()).startsWith(caseNumber + "-RQ-"));
    assertThat(stock.onHand("main", part.code())).isEqualTo(3);
  }

  @Test
  @DisplayName("above the amount a service manager approves; a partial issue, the old part scrapped")
  void managerApprovesPartialIssueScrap() {
    Part part = stock.createPart(new Part(StockScenario.uniqueCode("FU"), "定影组件", "MX-3070", "220V", "套", null, 1,
        new BigDecimal("1200.00")));
    stock.book(com.aftersales.stock.Booking.of(MovementType.RECEIPT, "main", part.code(), 1, "kate", "采购入库"));
    ProcessInstance pi = start(part, 2, "emma");

    assertThat(candidateGroup(pi)).isEqualTo("service-managers");
    complete(pi, "sam", Map.of(Vars.APPROVAL_DECISION, "approved"));
    complete(pi, "kate", Map.of(Vars.ISSUED_QUANTITY, 1L));
    assertThat(runtimeService.getVariable(pi.getId(), Vars.SHORT_QUANTITY)).isEqualTo(1);
    complete(pi, "emma", Map.of(Vars.UNUSED_QUANTITY, 0L, Vars.OLD_PART_OUTCOME, "scrapped"));

    assertThat(pi).isEnded().hasPassed(Elements.END_SETTLED);
    assertThat(stock.movements(MovementFilter.ofCase((String) caseOf(pi)))).extracting(Movement::type,
        Movement::quantity).containsExactly(org.assertj.core.groups.Tuple.tuple(MovementType.ISSUE, 1),
        org.assertj.core.groups.Tuple.tuple(MovementType.OLD_PART_SCRAPPED, 1));
    assertThat(stock.onHand("main", part.code())).isZero();
  }

  @Test
  @DisplayName("a rejected requisition ends without touching the ledger")
  void rejected() {
    Part part = StockScenario.stockedPart(stock, 5);
    ProcessInstance pi = start(part, 1, "eric");

    complete(pi, "kate", Map.of(Vars.APPROVAL_DECISION, "rejected", Vars.APPROVAL_COMMENT, "同型号已领用未核销"));

    assertThat(pi).isEnded().hasPassed(Elements.END_REJECTED).hasNotPassed(Elements.ISSUE);
    assertThat(stock.onHand("main", part.code())).isEqualTo(5);
  }

  @Test
  @DisplayName("nothing on the shelf: the store keeper issues 0 and the requisition ends with nothing to settle")
  void nothingIssued() {
    Part part = StockScenario.stockedPart(stock, 0);
    ProcessInstance pi = start(part, 1, "eric");
    complete(pi, "kate", Map.of(Vars.APPROVAL_DECISION, "approved"));

    complete(pi, "kate", Map.of(Vars.ISSUED_QUANTITY, 0L));

    assertThat(pi).isEnded().hasPassed(Elements.END_NOTHING_ISSUED);
    assertThat(stock.movements(MovementFilter.ofCase((String) caseOf(pi)))).isEmpty();
  }

  @Test
  @DisplayName("issuing more than the shelf holds or returning more than issued is refused; the task stays open")
  void refusedQuantitiesKeepTheTaskOpen() {
    Part part = StockScenario.stockedPart(stock, 2);
    ProcessInstance pi = start(part, 3, "eric");
    complete(pi, "kate", Map.of(Vars.APPROVAL_DECISION, "approved"));

    assertThatThrownBy(() -> complete(pi, "kate", Map.of(Vars.ISSUED_QUANTITY, 3L)))
        .isInstanceOf(TaskInputRejectedException.class);
    assertThat(pi).isWaitingAt(Elements.ISSUE);
    assertThat(stock.onHand("main", part.code())).isEqualTo(2);
    complete(pi, "kate", Map.of(Vars.ISSUED_QUANTITY, 2L));
    assertThatThrownBy(() -> complete(pi, "eric", Map.of(Vars.UNUSED_QUANTITY, 3L, Vars.OLD_PART_OUTCOME, "none")))
        .isInstanceOf(TaskInputRejectedException.class);
    assertThatThrownBy(() -> complete(pi, "eric", Map.of(Vars.UNUSED_QUANTITY, 0L, Vars.OLD_PART_OUTCOME, "none")))
        .as("no old part for two used needs a note").isInstanceOf(TaskInputRejectedException.class);
    assertThat(pi).isWaitingAt(Elements.RETURN);
    complete(pi, "eric", Map.of(Vars.UNUSED_QUANTITY, 2L, Vars.OLD_PART_OUTCOME, "none"));
    assertThat(pi).isEnded();
    assertThat(stock.onHand("main", part.code())).isEqualTo(2);
  }

  @Test
  @DisplayName("a requisition for an unknown part or case starts nothing and names the fields")
  void badRequestStartsNothing() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(RequisitionProcess.KEY).count();
    assertThatThrownBy(() -> requisitions.start(new Requisitions.Request("AS-1999-000001", "NO-SUCH", "attic", 0,
        ""), "eric")).isInstanceOf(InvalidRequestException.class)
        .satisfies(e -> assertThat(((InvalidRequestException) e).errors()).extracting("field")
            .containsExactlyInAnyOrder("caseNumber", "part", "store", "quantity", "reason"));
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(RequisitionProcess.KEY).count())
        .isEqualTo(before);
  }

  private ProcessInstance start(Part part, int quantity, String engineer) {
    String caseNumber = cases.open(new NewCase("repair", "phone", "Li Na", "+86 138 0013 8000", "li.na@example.com",
        "Shanghai", "MX-3070", "SN-4711", LocalDate.now().minusMonths(3), true, "卡纸", null)).caseNumber();
    Requisitions.Started started = requisitions.start(
        new Requisitions.Request(caseNumber, part.code(), null, quantity, "更换" + part.name()), engineer);
    return runtimeService.createProcessInstanceQuery().processInstanceId(started.processInstanceId()).singleResult();
  }

  private Object caseOf(ProcessInstance pi) {
    return processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(Vars.CASE_NUMBER).singleResult().getValue();
  }

  private String candidateGroup(ProcessInstance pi) {
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }

  private void complete(ProcessInstance pi, String user, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    String group = switch (user) {
      case "kate" -> "store-keepers";
      case "sam" -> "service-managers";
      default -> "engineers";
    };
    identityService.setAuthentication(user, java.util.List.of(group));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
