package com.aftersales.flows.emergency;

import static org.assertj.core.groups.Tuple.tuple;

import com.aftersales.stock.Movement;
import com.aftersales.stock.MovementFilter;
import com.aftersales.stock.MovementType;
import com.aftersales.stock.Part;
import com.aftersales.stock.StockScenario;
import com.aftersales.stock.StockService;
import org.camunda.spin.plugin.variable.SpinValues;

import static com.aftersales.flows.ServiceTypeCases.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.flows.ServiceTypeFlowTest;
import com.aftersales.flows.emergency.EmergencyProcess.Elements;
import com.aftersales.flows.emergency.EmergencyProcess.Status;
import com.aftersales.flows.emergency.EmergencyProcess.Vars;
import com.aftersales.mail.OutboxEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of emergency.bpmn on the real engine, the engine clock moved past the arrival commitment. */
class EmergencyProcessTest extends ServiceTypeFlowTest {

  /** Saturday 22:00 in Shanghai: emergencies count plain hours, not working days. */
  static final Instant T0 = Instant.parse("2031-03-08T14:00:00Z");
  static final Duration ONE_HOUR = Duration.ofHours(1);

  @Autowired EmergencyRepository emergencies;
  @Autowired StockService stock;

  @Override
  protected Instant startTime() {
    return T0;
  }

  @Test
  @DisplayName("003 八2/八3: the head of after-sales is told at once, a team is dispatched, emergency stock drawn, progress reported upward until resolved")
  void majorFailureIsDispatchedReportedUpwardAndResolved() {
    ProcessInstance pi = start();
    String caseNumber = pi.getBusinessKey();

    assertThat(pi).hasPassed(Elements.REGISTER, Elements.ALERT_HEAD, Elements.SEND_ACKNOWLEDGEMENT);
    assertThat(recipients(caseNumber, "emergency-alert")).contains("sam@aftersales.example");
    assertThat(mail(caseNumber, "emergency-acknowledgement").recipient()).isEqualTo("li.lei@example.com");
    Task contact = cases.task(pi, Elements.CONTACT_CUSTOMER);
    assertThat(contact).hasCandidateGroup("service-managers");
    assertThat(contact.getDueDate()).isEqualTo(Date.from(T0.plus(ONE_HOUR)));
    assertThat(caseService.find(caseNumber).orElseThrow().status()).isEqualTo(Status.AWAITING_DISPATCH);

    cases.advanceTo(T0.plus(Duration.ofMinutes(20)), pi);
    cases.complete(pi, Elements.CONTACT_CUSTOMER, dispatch("major-failure"));
    assertThat(caseService.find(caseNumber).orElseThrow().status()).isEqualTo(Status.DISPATCHED);
    Task stock = cases.task(pi, Elements.DRAW_EMERGENCY_STOCK);
    assertThat(stock).hasCandidateGroup("warehouse");
    Task arrival = cases.task(pi, Elements.CONFIRM_ARRIVAL);
    assertThat(arrival).hasCandidateGroup("engineers");
    assertThat(arrival.getDueDate()).isEqualTo(Date.from(T0.plus(Duration.ofHours(4))));

    cases.complete(pi, Elements.DRAW_EMERGENCY_STOCK, vars(Vars.STOCK_DRAWN, "Fuser unit, drum kit"));
    cases.advanceTo(T0.plus(Duration.ofHours(2)), pi);
    cases.complete(pi, Elements.CONFIRM_ARRIVAL, vars(Vars.ARRIVAL_NOTE, "Production line stopped, unit dead"));
    assertThat(caseService.find(caseNumber).orElseThrow().status()).isEqualTo(Status.ON_SITE);

    Task progress = cases.task(pi, Elements.REPORT_PROGRESS);
    assertThat(progress.getDueDate()).isEqualTo(Date.from(T0.plus(Duration.ofHours(4))));
    cases.complete(pi, Elements.REPORT_PROGRESS, vars(Vars.PROGRESS_NOTE, "Fuser replaced, testing"));
    assertThat(pi).hasPassed(Elements.REPORT_UPWARD).isWaitingAt(Elements.REPORT_PROGRESS);
    OutboxEntry report = mail(caseNumber, "emergency-progress");
    assertThat(report.recipient()).isEqualTo("grace@aftersales.example");
    assertThat(report.subject()).contains("第 1 次");
    assertThat(report.body()).contains("Fuser replaced");

    cases.complete(pi, Elements.REPORT_PROGRESS, vars(Vars.PROGRESS_NOTE, "Running again", Vars.RESOLVED, true));
    assertThat(pi).isEnded().hasPassed(Elements.REPORT_RESOLVED, Elements.TELL_CUSTOMER_RESOLVED, Elements.END_CLOSED)
        .hasNotPassed(Elements.ESCALATE_LATE_ARRIVAL);
    assertThat(mail(caseNumber, "emergency-resolved-customer").body()).contains("Running again");
    Emergency e = emergencies.find(caseNumber).orElseThrow();
    assertThat(e.kind()).isEqualTo("major-failure");
    assertThat(e.arrivedInTime()).isTrue();
    assertThat(e.stockDrawn()).contains("Fuser");
    assertThat(e.progressReports()).isEqualTo(2);
    assertThat(e.resolution()).isEqualTo("Running again");
    assertThat(caseService.find(caseNumber).orElseThrow().status()).isEqualTo(Status.RESOLVED);
  }

  @Test
  @DisplayName("003 八3 应急储备库优先调用: parts are issued from the emergency store first, the main store covers the rest, what neither holds is recorded short")
  void emergencyStoreIsDrawnFirst() {
    Part fuser = StockScenario.stockedPart(stock, 3);
    stock.transfer("main", "emergency", fuser.code(), 1, "kate", "应急储备", null);
    Part drum = StockScenario.stockedPart(stock, 0);
    ProcessInstance pi = start();
    String caseNumber = pi.getBusinessKey();
    cases.complete(pi, Elements.CONTACT_CUSTOMER, dispatch("major-failure"));

    cases.complete(pi, Elements.DRAW_EMERGENCY_STOCK, vars(Vars.EMERGENCY_LINES, SpinValues.jsonValue(
        "[{\"part\":\"%s\",\"quantity\":2,\"more\":true},{\"part\":\"%s\",\"quantity\":1}]".formatted(
            fuser.code(), drum.code())).create(), Vars.STOCK_DRAWN, "万用表"));

    assertThat(stock.movements(MovementFilter.ofCase(caseNumber))).extracting(Movement::type, Movement::store,
        Movement::part, Movement::quantity).containsExactlyInAnyOrder(
            tuple(MovementType.ISSUE, "emergency", fuser.code(), 1), tuple(MovementType.ISSUE, "main", fuser.code(), 1));
    assertThat(stock.onHand("emergency", fuser.code())).isZero();
    assertThat(stock.onHand("main", fuser.code())).isEqualTo(1);
    Emergency e = emergencies.find(caseNumber).orElseThrow();
    assertThat(e.stockDrawn()).contains(fuser.code() + " x1 (应急储备库)").contains(fuser.code() + " x1 (主仓库)")
        .contains("万用表");
    assertThat(historyValue(pi.getId(), Vars.STOCK_DRAWN)).isEqualTo("万用表");
    assertThat(caseService.find(caseNumber).orElseThrow().status()).isEqualTo(Status.DISPATCHED);
    assertThat(e.stockShort()).contains("两库均无: " + drum.code() + " x1");
  }

  @Test
  @DisplayName("003 八2: a team not on site by the arrival commitment is reported to the general manager")
  void lateArrivalIsReportedToTheGeneralManager() {
    ProcessInstance pi = start();
    cases.complete(pi, Elements.CONTACT_CUSTOMER, dispatch("disaster"));

    cases.advanceTo(T0.plus(Duration.ofHours(4)).plusSeconds(1), pi);

    assertThat(pi).hasPassed(Elements.TIMER_ARRIVAL_OVERDUE, Elements.ESCALATE_LATE_ARRIVAL)
        .isWaitingAt(Elements.CONFIRM_ARRIVAL);
    assertThat(mail(pi.getBusinessKey(), "emergency-arrival-overdue").recipient())
        .isEqualTo("grace@aftersales.example");
  }

  @Test
  @DisplayName("003 八1: a request that is no emergency becomes an ordinary repair case")
  void noEmergencyIsHandedToRepair() {
    ProcessInstance pi = start();
    cases.complete(pi, Elements.CONTACT_CUSTOMER, vars(Vars.KIND, "not-emergency",
        Vars.DISPATCH_NOTE, "Only the display flickers; the line runs"));

    assertThat(pi).isEnded().hasPassed(Elements.OPEN_REPAIR_CASE, Elements.END_HANDED_TO_REPAIR);
    String repair = (String) historyValue(pi.getId(), "followOnCaseNumber");
    assertThat(caseService.find(repair).orElseThrow().type()).isEqualTo("repair");
    assertThat(caseService.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(Status.HANDED_TO_REPAIR);
  }

  @Test
  @DisplayName("003 八2: an emergency without a team is refused and the dispatch stays open")
  void emergencyWithoutTeamIsRefused() {
    ProcessInstance pi = start();
    Task contact = cases.task(pi, Elements.CONTACT_CUSTOMER);

    assertThatThrownBy(() -> taskService.complete(contact.getId(),
        vars(Vars.KIND, "major-failure", Vars.DISPATCH_NOTE, "On our way")))
        .hasMessageContaining("emergencyTeam");
    assertThat(pi).isWaitingAt(Elements.CONTACT_CUSTOMER);
  }

  /** Starts the flow as intake does for an emergency: the response commitment is one hour. */
  private ProcessInstance start() {
    return cases.start("emergency", "Copier of the print shop dead, production stopped", ONE_HOUR);
  }

  private static Map<String, Object> dispatch(String kind) {
    return vars(Vars.KIND, kind, Vars.TEAM_LEADER, "Wang Qiang", Vars.TEAM, "Wang Qiang, Zhao Lei",
        Vars.DISPATCH_NOTE, "Customer told: team leaves now");
  }

}
