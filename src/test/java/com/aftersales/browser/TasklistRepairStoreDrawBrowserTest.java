package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.cases.ServiceCase;
import com.aftersales.flows.repair.RepairProcess;
import com.aftersales.stock.Part;
import com.aftersales.stock.StockScenario;
import com.aftersales.stock.StockService;
import com.aftersales.stock.requisition.RequisitionLines;
import com.aftersales.stock.requisition.RequisitionProcess;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The diagnosis form (forms/repair-diagnose.form) with stocked parts, completed in Tasklist by the assigned
 * engineer: the parts route, 从配件库领用库存配件 ticked and two stocked parts in their line boxes open a requisition
 * of those lines, and the repair waits for the store. The case is put at the diagnosis directly; the steps before
 * it are walked by TasklistRepairBrowserTest.
 */
class TasklistRepairStoreDrawBrowserTest extends BrowserScenario {

  @Autowired RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  @Autowired CaseService caseService;
  @Autowired StockService stock;

  @Test
  @DisplayName("003 五.3: the engineer names two stocked parts in the diagnosis form and the repair draws them through a requisition")
  @CompletesForms(en = {"repair-diagnose"})
  void diagnosisWithStockedPartsOpensARequisition() {
    Part toner = StockScenario.stockedPart(stock, 4);
    Part drum = StockScenario.stockedPart(stock, 2);
    ServiceCase opened = caseService.open(new NewCase("repair", "phone", "Qian Yu", "13600136420", null, null,
        "MX-3070", "SN-STORE-" + System.nanoTime(), LocalDate.now().minusMonths(3), true, "打印发白", null));
    ProcessInstance repair = runtimeService.createProcessInstanceByKey(RepairProcess.PROCESS_KEY)
        .businessKey(opened.caseNumber())
        .setVariables(Map.of("caseNumber", opened.caseNumber(), "customerName", "Qian Yu", "productModel", "MX-3070",
            "engineer", "eric", "appointmentAt", new Date(), "coverage", "warranty"))
        .startBeforeActivity(RepairProcess.Elements.DIAGNOSE_ON_SITE).execute();
    awaitTask(repair.getId(), RepairProcess.Elements.DIAGNOSE_ON_SITE);
    Task task = taskService.createTaskQuery().processInstanceId(repair.getId())
        .taskDefinitionKey(RepairProcess.Elements.DIAGNOSE_ON_SITE).singleResult();
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("eric", "eric");
    tasklist.openTaskById(task.getId());
    tasklist.fillText("检测到的故障", "碳粉盒和感光鼓老化");
    tasklist.chooseSelect("损坏原因", "产品质量故障");
    tasklist.chooseRadio("更换新配件（最长 7 个工作日）");
    tasklist.chooseSelect("维修难度", "一般");
    tasklist.tick("", "从配件库领用库存配件");
    tasklist.fillText(Tasklist.group("库存配件 1"), "配件编码", toner.code());
    tasklist.fillText(Tasklist.group("库存配件 1"), "数量", "2");
    tasklist.tick(Tasklist.group("库存配件 1"), "添加第 2 个库存配件");
    tasklist.fillText(Tasklist.group("库存配件 2"), "配件编码", drum.code());
    tasklist.fillText(Tasklist.group("库存配件 2"), "数量", "1");
    tasklist.complete();
    tasklist.awaitCompleted();
    // the plan mailed after the diagnosis (000 §1.3.3) is a job; the test plays the job executor
    com.aftersales.testsupport.Jobs.runDue(managementService, repair.getId());

    browser.waitFor(d -> runtimeService.createProcessInstanceQuery().processDefinitionKey(RequisitionProcess.KEY)
        .processInstanceBusinessKey(opened.caseNumber()).count() == 1);
    ProcessInstance requisition = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(RequisitionProcess.KEY).processInstanceBusinessKey(opened.caseNumber()).singleResult();
    assertThat(RequisitionLines.read(runtimeService.getVariableTyped(requisition.getId(),
        RequisitionProcess.Vars.REQUISITION_LINES))).extracting(RequisitionLines.Line::part, RequisitionLines.Line::quantity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(toner.code(), 2),
            org.assertj.core.groups.Tuple.tuple(drum.code(), 1));
    assertThat(runtimeService.createExecutionQuery().processInstanceId(repair.getId())
        .activityId(RepairProcess.Elements.STORE_PARTS_ISSUED).count()).isEqualTo(1);
  }
}
