package com.aftersales.stock.purchase;

import com.aftersales.testsupport.ProcessTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.stock.Booking;
import com.aftersales.stock.Movement;
import com.aftersales.stock.MovementFilter;
import com.aftersales.stock.MovementType;
import com.aftersales.stock.Part;
import com.aftersales.stock.StaffTasks;
import com.aftersales.stock.StockScenario;
import com.aftersales.stock.StockService;
import com.aftersales.stock.purchase.PurchaseProcess.Elements;
import com.aftersales.stock.purchase.PurchaseProcess.Vars;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reorder trigger and parts-purchase: one request per shortage, planning's quantity, inspection, receipt. */
@ProcessTest
class PurchaseProcessTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired StockService stock;

  StaffTasks tasks;

  @BeforeEach
  void setUp() {
    tasks = new StaffTasks(taskService, identityService);
  }

  @Test
  @DisplayName("an issue down to the reorder level opens one purchase request for planning with the quantity to order")
  void reorderLevelOpensOneRequest() {
    Part part = StockScenario.stockedPart(stock, 4);
    issue(part, 1);
    assertThat(requests(part)).isEmpty();

    issue(part, 1);
    issue(part, 1);

    List<ProcessInstance> open = requests(part);
    assertThat(open).hasSize(1);
    ProcessInstance pi = open.get(0);
    assertThat(pi).isWaitingAt(Elements.PLAN).task().hasCandidateGroup("planning");
    assertThat(runtimeService.getVariable(pi.getId(), Vars.SUGGESTED_QUANTITY)).as("back to twice the level").isEqualTo(2);
    assertThat(runtimeService.getVariable(pi.getId(), Vars.ON_HAND)).isEqualTo(2);
  }

  @Test
  @DisplayName("planning orders, a failed inspection books nothing, the next delivery passes and is booked in")
  void orderInspectReceive() {
    Part part = StockScenario.stockedPart(stock, 3);
    issue(part, 2);
    ProcessInstance pi = requests(part).get(0);

    tasks.complete(pi.getId(), "paul", "planning", Map.of(Vars.ORDER_QUANTITY, 10L, Vars.SUPPLIER, "夏普配件"));
    assertThat(pi).isWaitingAt(Elements.RECEIVE).task().hasCandidateGroup("store-keepers");
    tasks.complete(pi.getId(), "kate", "store-keepers", Map.of(Vars.RECEIVED_QUANTITY, 10L,
        Vars.INSPECTION_NUMBER, "QC-1", Vars.INSPECTION_RESULT, "failed", Vars.INSPECTION_NOTE, "外壳破损"));
    assertThat(pi).isWaitingAt(Elements.RECEIVE);
    assertThat(stock.onHand("main", part.code())).isEqualTo(1);
    tasks.complete(pi.getId(), "kate", "store-keepers", Map.of(Vars.RECEIVED_QUANTITY, 10L,
        Vars.INSPECTION_NUMBER, "QC-2", Vars.INSPECTION_RESULT, "passed"));

    assertThat(pi).isEnded().hasPassed(Elements.END_RECEIVED);
    assertThat(stock.onHand("main", part.code())).isEqualTo(11);
    assertThat(stock.movements(new MovementFilter("main", part.code(), null, null, MovementType.RECEIPT, null, null)))
        .extracting(Movement::reference, Movement::actor).contains(org.assertj.core.groups.Tuple.tuple("QC-2", "kate"));
    issue(part, 9);
    assertThat(requests(part)).as("booked in, the next shortage opens a new request").hasSize(1);
  }

  @Test
  @DisplayName("planning orders nothing with a reason: the request ends and the next shortage opens a new one")
  void notOrdered() {
    Part part = StockScenario.stockedPart(stock, 3);
    issue(part, 1);
    ProcessInstance pi = requests(part).get(0);

    tasks.complete(pi.getId(), "paul", "planning", Map.of(Vars.ORDER_QUANTITY, 0L, Vars.PLANNING_NOTE, "型号停产"));

    assertThat(pi).isEnded().hasPassed(Elements.END_NOT_ORDERED);
    issue(part, 1);
    assertThat(requests(part)).hasSize(1);
  }

  private void issue(Part part, int quantity) {
    stock.book(Booking.of(MovementType.ISSUE, "main", part.code(), quantity, "kate", "维修领用")
        .forCase(StockScenario.caseNumber(), null));
  }

  private List<ProcessInstance> requests(Part part) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(PurchaseProcess.KEY)
        .processInstanceBusinessKey("PR-main-" + part.code()).list();
  }
}
