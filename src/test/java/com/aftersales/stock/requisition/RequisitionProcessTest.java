package com.aftersales.stock.requisition;

import com.aftersales.testsupport.ProcessTest;
import com.aftersales.testsupport.Tasks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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
import java.util.List;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of parts-requisition with the real delegates, decision table and ledger. */
@ProcessTest
class RequisitionProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired StockService stock;
  @Autowired CaseService cases;
  @Autowired Requisitions requisitions;

  @Test
  @DisplayName("003 五.3: two parts approved by the store keeper, issued in full at once, unused returned, old parts recovered and scrapped")
  void approveIssueReturnRecover() {
    Part toner = StockScenario.stockedPart(stock, 5);
    Part drum = StockScenario.stockedPart(stock, 3);
    ProcessInstance pi = start(List.of(new Requisitions.Item(toner.code(), 3), new Requisitions.Item(drum.code(), 1)),
        "eric");

    assertThat(pi).isWaitingAt(Elements.APPROVE).hasVariables(Vars.REQUISITION_NUMBER, Vars.REQUISITION_LINES);
    assertThat(candidateGroup(pi)).isEqualTo("store-keepers");
    assertThat(runtimeService.getVariable(pi.getId(), Vars.REQUISITION_AMOUNT)).as("4 x 80.00").isEqualTo(320.0);
    assertThat(runtimeService.getVariable(pi.getId(), Vars.LINE_COUNT)).isEqualTo(2);
    assertThat(shown(pi)).extracting(RequisitionLines.Line::part, RequisitionLines.Line::quantity,
        RequisitionLines.Line::onHand).containsExactly(tuple(toner.code(), 3, 5), tuple(drum.code(), 1, 3));
    complete(pi, "kate", Map.of(Vars.APPROVAL_DECISION, "approved"));
    assertThat(pi).isWaitingAt(Elements.ISSUE);
    complete(pi, "kate", Map.of(Vars.REQUISITION_LINES, lines("{\"part\":\"%s\",\"issued\":3}".formatted(toner.code()),
        "{\"part\":\"%s\",\"issued\":1}".formatted(drum.code()))));
    assertThat(pi).isWaitingAt(Elements.RETURN).hasPassed(Elements.TELL_REQUESTER);
    assertThat(stock.onHand("main", toner.code())).isEqualTo(2);
    assertThat(stock.onHand("main", drum.code())).isEqualTo(2);
    complete(pi, "eric", Map.of(Vars.REQUISITION_LINES, lines(
        "{\"part\":\"%s\",\"unused\":1,\"oldPartOutcome\":\"recovered\"}".formatted(toner.code()),
        "{\"part\":\"%s\",\"unused\":0,\"oldPartOutcome\":\"scrapped\"}".formatted(drum.code()))));

    assertThat(pi).isEnded().hasPassed(Elements.RECORD_RETURN, Elements.END_SETTLED);
    String caseNumber = (String) caseOf(pi);
    assertThat(stock.movements(MovementFilter.ofCase(caseNumber))).extracting(Movement::type, Movement::part,
        Movement::quantity, Movement::actor).containsExactlyInAnyOrder(
        tuple(MovementType.ISSUE, toner.code(), 3, "kate"),
        tuple(MovementType.ISSUE, drum.code(), 1, "kate"),
        tuple(MovementType.RETURN_UNUSED, toner.code(), 1, "eric"),
        tuple(MovementType.OLD_PART_RECOVERED, toner.code(), 2, "eric"),
        tuple(MovementType.OLD_PART_SCRAPPED, drum.code(), 1, "eric"));
    assertThat(stock.movements(MovementFilter.ofCase(caseNumber))).allSatisfy(m ->
        assertThat(m.requisitionNumber()).startsWith(caseNumber + "-RQ-"));
    assertThat(stock.onHand("main", toner.code())).isEqualTo(3);
    assertThat(stock.onHand("main", drum.code())).isEqualTo(2);
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
    complete(pi, "kate", Map.of(Vars.REQUISITION_LINES, lines("{\"issued\":1}")));
    assertThat(runtimeService.getVariable(pi.getId(), Vars.SHORT_QUANTITY)).isEqualTo(1);
    complete(pi, "emma", Map.of(Vars.REQUISITION_LINES, lines("{\"unused\":0,\"oldPartOutcome\":\"scrapped\"}")));

    assertThat(pi).isEnded().hasPassed(Elements.END_SETTLED);
    assertThat(stock.movements(MovementFilter.ofCase((String) caseOf(pi)))).extracting(Movement::type,
        Movement::quantity).containsExactly(tuple(MovementType.ISSUE, 1), tuple(MovementType.OLD_PART_SCRAPPED, 1));
    assertThat(stock.onHand("main", part.code())).isZero();
  }

  @Test
  @DisplayName("a rejected requisition ends without touching the ledger")
  void rejected() {
    Part part = StockScenario.stockedPart(stock, 5);
    ProcessInstance pi = start(part, 1, "eric");

    complete(pi, "kate", Map.of(Vars.APPROVAL_DECISION, "rejected", Vars.APPROVAL_COMMENT, "同型号已领用未核销"));

    assertThat(pi).isEnded().hasPassed(Elements.TELL_REQUESTER_REJECTED, Elements.END_REJECTED)
        .hasNotPassed(Elements.ISSUE);
    assertThat(stock.onHand("main", part.code())).isEqualTo(5);
  }

  @Test
  @DisplayName("nothing on the shelf: the store keeper issues 0 and the requisition ends with nothing to settle")
  void nothingIssued() {
    Part part = StockScenario.stockedPart(stock, 0);
    ProcessInstance pi = start(part, 1, "eric");
    complete(pi, "kate", Map.of(Vars.APPROVAL_DECISION, "approved"));

    complete(pi, "kate", Map.of(Vars.REQUISITION_LINES, lines("{\"issued\":0}")));

    assertThat(pi).isEnded().hasPassed(Elements.END_NOTHING_ISSUED);
    assertThat(stock.movements(MovementFilter.ofCase((String) caseOf(pi)))).isEmpty();
  }

  @Test
  @DisplayName("one line beyond the shelf refuses the whole issue (no line booked), the task stays open; returns are bound by the issue")
  void refusedQuantitiesKeepTheTaskOpen() {
    Part plenty = StockScenario.stockedPart(stock, 6);
    Part part = StockScenario.stockedPart(stock, 2);
    ProcessInstance pi = start(List.of(new Requisitions.Item(plenty.code(), 2), new Requisitions.Item(part.code(), 3)),
        "eric");
    complete(pi, "kate", Map.of(Vars.APPROVAL_DECISION, "approved"));

    assertThatThrownBy(() -> complete(pi, "kate", Map.of(Vars.REQUISITION_LINES, lines(
        "{\"part\":\"%s\",\"issued\":2}".formatted(plenty.code()),
        "{\"part\":\"%s\",\"issued\":3}".formatted(part.code())))))
        .isInstanceOf(TaskInputRejectedException.class);
    assertThat(pi).isWaitingAt(Elements.ISSUE);
    assertThat(stock.onHand("main", plenty.code())).as("the first line is not booked alone").isEqualTo(6);
    assertThat(stock.onHand("main", part.code())).isEqualTo(2);
    assertThatThrownBy(() -> complete(pi, "kate", Map.of(Vars.REQUISITION_LINES, lines(
        "{\"part\":\"%s\",\"issued\":2}".formatted(plenty.code())))))
        .as("every line needs its issued quantity").isInstanceOf(TaskInputRejectedException.class);
    complete(pi, "kate", Map.of(Vars.REQUISITION_LINES, lines(
        "{\"part\":\"%s\",\"issued\":2}".formatted(plenty.code()),
        "{\"part\":\"%s\",\"issued\":2}".formatted(part.code()))));
    assertThat(stock.onHand("main", plenty.code())).isEqualTo(4);
    assertThat(stock.onHand("main", part.code())).isZero();

    assertThatThrownBy(() -> complete(pi, "eric", Map.of(Vars.REQUISITION_LINES, lines(
        "{\"part\":\"%s\",\"unused\":0,\"oldPartOutcome\":\"scrapped\"}".formatted(plenty.code()),
        "{\"part\":\"%s\",\"unused\":3,\"oldPartOutcome\":\"none\"}".formatted(part.code())))))
        .isInstanceOf(TaskInputRejectedException.class);
    assertThatThrownBy(() -> complete(pi, "eric", Map.of(Vars.REQUISITION_LINES, lines(
        "{\"part\":\"%s\",\"unused\":0,\"oldPartOutcome\":\"scrapped\"}".formatted(plenty.code()),
        "{\"part\":\"%s\",\"unused\":0,\"oldPartOutcome\":\"none\"}".formatted(part.code())))))
        .as("no old part for two used needs a note").isInstanceOf(TaskInputRejectedException.class);
    assertThat(pi).isWaitingAt(Elements.RETURN);
    assertThat(stock.movements(new MovementFilter("main", plenty.code(), (String) caseOf(pi), null,
        MovementType.OLD_PART_SCRAPPED, null, null))).as("nothing of a refused settlement").isEmpty();
    complete(pi, "eric", Map.of(Vars.REQUISITION_LINES, lines(
        "{\"part\":\"%s\",\"unused\":2,\"oldPartOutcome\":\"none\"}".formatted(plenty.code()),
        "{\"part\":\"%s\",\"unused\":2,\"oldPartOutcome\":\"none\"}".formatted(part.code()))));
    assertThat(pi).isEnded();
    assertThat(stock.onHand("main", part.code())).isEqualTo(2);
    assertThat(stock.onHand("main", plenty.code())).isEqualTo(6);
  }

  @Test
  @DisplayName("a requisition for an unknown part or case starts nothing and names the fields")
  void badRequestStartsNothing() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(RequisitionProcess.KEY).count();
    assertThatThrownBy(() -> requisitions.start(new Requisitions.Request("AS-1999-000001", "NO-SUCH", "attic", 0,
        ""), "eric")).isInstanceOf(InvalidRequestException.class)
        .satisfies(e -> assertThat(((InvalidRequestException) e).errors()).extracting("field")
            .containsExactlyInAnyOrder("caseNumber", "part", "store", "quantity", "reason"));
    assertThatThrownBy(() -> requisitions.start(new Requisitions.Request("AS-1999-000001", List.of(
        new Requisitions.Item("NO-SUCH", 1), new Requisitions.Item(null, 2000)), null, "更换"), "eric"))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(e -> assertThat(((InvalidRequestException) e).errors()).extracting("field")
            .containsExactlyInAnyOrder("caseNumber", "lines[0].part", "lines[1].part", "lines[1].quantity"));
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

  private ProcessInstance start(List<Requisitions.Item> lines, String engineer) {
    String caseNumber = cases.open(new NewCase("repair", "phone", "Li Na", "+86 138 0013 8000", "li.na@example.com",
        "Shanghai", "MX-3070", "SN-4711", LocalDate.now().minusMonths(3), true, "卡纸", null)).caseNumber();
    Requisitions.Started started = requisitions.start(new Requisitions.Request(caseNumber, lines, null, "更换配件"),
        engineer);
    return runtimeService.createProcessInstanceQuery().processInstanceId(started.processInstanceId()).singleResult();
  }

  /** What Tasklist submits for the line boxes: a JSON variable. */
  private static Object lines(String... boxes) {
    return SpinValues.jsonValue("[" + String.join(",", boxes) + "]").create();
  }

  private List<RequisitionLines.Line> shown(ProcessInstance pi) {
    return RequisitionLines.read(runtimeService.getVariableTyped(pi.getId(), Vars.REQUISITION_LINES));
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
    String group = switch (user) {
      case "kate" -> "store-keepers";
      case "sam" -> "service-managers";
      default -> "engineers";
    };
    Tasks.completeAs(identityService, taskService, Tasks.only(taskService, pi.getId()), user, group, variables);
  }
}
