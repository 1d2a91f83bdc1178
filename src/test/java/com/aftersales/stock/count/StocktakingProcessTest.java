package com.aftersales.stock.count;

import com.aftersales.testsupport.ProcessTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.engine.TaskInputRejectedException;
import com.aftersales.stock.Movement;
import com.aftersales.stock.MovementFilter;
import com.aftersales.stock.MovementType;
import com.aftersales.stock.Part;
import com.aftersales.stock.StaffTasks;
import com.aftersales.stock.StockScenario;
import com.aftersales.stock.StockService;
import com.aftersales.stock.count.CountProcess.Elements;
import com.aftersales.stock.count.CountProcess.Vars;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Monthly stocktaking: one count per store, expected quantities listed, differences corrected once approved. */
@ProcessTest
class StocktakingProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired StockService stock;

  StaffTasks tasks;

  @BeforeEach
  void setUp() {
    tasks = new StaffTasks(taskService, identityService);
  }

  @Test
  @DisplayName("the monthly timer opens one count per store, and a second run of the month opens none again")
  void monthlyTimerOpensOneCountPerStore() {
    Job timer = managementService.createJobQuery().processDefinitionKey(CountProcess.MONTHLY_KEY).timers()
        .singleResult();
    assertThat(timer).as("the monthly start timer is scheduled").isNotNull();
    String month = java.time.YearMonth.now(java.time.ZoneId.systemDefault()).toString();
    long before = counts("ST-" + month + "-main");

    for (int run = 0; run < 2; run++) {
      ProcessInstance pi = runtimeService.startProcessInstanceByKey(CountProcess.MONTHLY_KEY);
      Job open = managementService.createJobQuery().processInstanceId(pi.getId()).singleResult();
      managementService.executeJob(open.getId());
      assertThat(pi).isEnded();
    }

    assertThat(counts("ST-" + month + "-main")).isEqualTo(Math.max(before, 1));
    assertThat(counts("ST-" + month + "-emergency")).isEqualTo(1);
  }

  @Test
  @DisplayName("003 五.2: a count with a difference entered line by line: the sheet lists expected quantities, the approved shortage is a correction")
  void differenceApprovedBecomesCorrection() {
    Part counted = StockScenario.stockedPart(stock, 5);
    Part other = StockScenario.stockedPart(stock, 2);
    ProcessInstance pi = startCount("main");

    String sheet = (String) runtimeService.getVariable(pi.getId(), Vars.COUNT_SHEET);
    assertThat(sheet).contains(counted.code() + "  碳粉盒 MX-3070  账面 5 个").contains(other.code() + "  碳粉盒");
    assertThatThrownBy(() -> tasks.complete(pi.getId(), "kate", "store-keepers",
        counted("{\"part\":\"NO-SUCH\",\"counted\":3}"))).isInstanceOf(TaskInputRejectedException.class);
    assertThatThrownBy(() -> tasks.complete(pi.getId(), "kate", "store-keepers", counted(
        "{\"part\":\"%s\",\"counted\":4}".formatted(counted.code()),
        "{\"part\":\"%s\",\"counted\":2.5}".formatted(other.code())))).as("a fraction is refused")
        .isInstanceOf(TaskInputRejectedException.class);
    tasks.complete(pi.getId(), "kate", "store-keepers", counted(
        "{\"part\":\"%s\",\"counted\":4,\"more\":true}".formatted(counted.code()),
        "{\"part\":\"%s\",\"counted\":2}".formatted(other.code())));
    assertThat(pi).isWaitingAt(Elements.APPROVE).task().hasCandidateGroup("service-managers");
    assertThat((String) runtimeService.getVariable(pi.getId(), Vars.DIFFERENCES))
        .isEqualTo(counted.code() + ": 账面 5, 实盘 4, 差异 -1");

    tasks.complete(pi.getId(), "sam", "service-managers", Map.of(Vars.CORRECTION_DECISION, "approved"));

    assertThat(pi).isEnded().hasPassed(Elements.END_CORRECTED);
    assertThat(stock.onHand("main", counted.code())).isEqualTo(4);
    assertThat(stock.onHand("main", other.code())).isEqualTo(2);
    assertThat(stock.movements(new MovementFilter("main", counted.code(), null, null, MovementType.CORRECTION, null,
        null))).singleElement().satisfies(m -> {
          assertThat(m.delta()).isEqualTo(-1);
          assertThat(m.actor()).isEqualTo("sam");
        });
  }

  @Test
  @DisplayName("a recount replaces the first count; a count that matches ends without corrections")
  void recountAndNoDifference() {
    Part part = StockScenario.stockedPart(stock, 3);
    ProcessInstance pi = startCount("emergency");
    stock.transfer("main", "emergency", part.code(), 0 + 1, "kate", "应急储备", null);
    ProcessInstance matching = startCount("emergency");
    tasks.complete(matching.getId(), "kate", "store-keepers", Map.of());
    assertThat(matching).isEnded().hasPassed(Elements.END_NO_DIFFERENCE);

    tasks.complete(pi.getId(), "kate", "store-keepers",
        counted("{\"part\":\"%s\",\"counted\":2}".formatted(part.code())));
    tasks.complete(pi.getId(), "sam", "service-managers", Map.of(Vars.CORRECTION_DECISION, "recount"));
    assertThat(pi).isWaitingAt(Elements.COUNT);
    tasks.complete(pi.getId(), "kate", "store-keepers", Map.of(Vars.HAS_DIFFERENCES, false));

    assertThat(pi).isEnded().hasPassed(Elements.END_NO_DIFFERENCE);
    assertThat(stock.movements(MovementFilter.ofCase("AS-0000-000000"))).isEmpty();
    assertThat(stock.movements(new MovementFilter("emergency", part.code(), null, null, MovementType.CORRECTION, null,
        null))).isEmpty();
  }

  /** What Tasklist submits for the ticked "有差异" and the line boxes: a JSON variable. */
  private static Map<String, Object> counted(String... boxes) {
    return Map.<String, Object>of(Vars.HAS_DIFFERENCES, true, Vars.COUNT_LINES,
        org.camunda.spin.plugin.variable.SpinValues.jsonValue("[" + String.join(",", boxes) + "]").create());
  }

  private ProcessInstance startCount(String store) {
    String countId = "ST-T" + StockScenario.uniqueCode(store);
    return runtimeService.startProcessInstanceByKey(CountProcess.KEY, countId,
        Map.of(Vars.STORE, store, Vars.COUNT_ID, countId));
  }

  private long counts(String businessKey) {
    return processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(CountProcess.KEY).processInstanceBusinessKey(businessKey).count();
  }
}
