package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.cases.ServiceCase;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The form repair-with-parts (Task_RepairWithParts, 更换新配件维修) opened and completed in Tasklist by the assigned
 * engineer, once the parts of the repair were delivered. The case is put at that step directly: the path there
 * (diagnosis, parts request, production, shipping) is walked by TasklistRepairPathsBrowserTest and the parts tests.
 */
class TasklistRepairWithPartsBrowserTest extends BrowserScenario {

  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired CaseService caseService;

  @Test
  @DisplayName("the engineer records the repair with the delivered parts in Tasklist")
  @CompletesForms(en = {"repair-with-parts"})
  void engineerRecordsTheRepairWithTheDeliveredParts() {
    ServiceCase opened = caseService.open(new NewCase("repair", "phone", "Zhou Ping", "13600136000", null, null,
        "WM-1200", "SN-PARTS-" + System.nanoTime(), LocalDate.now().minusMonths(3), true, "Door hinge broken", null));
    ProcessInstance repair = runtimeService.createProcessInstanceByKey("repair").businessKey(opened.caseNumber())
        .setVariables(Map.of("caseNumber", opened.caseNumber(), "customerName", "Zhou Ping", "productModel", "WM-1200",
            "engineer", "eric", "partsRequestNumber", opened.caseNumber() + "-P1", "partsNeeded", "门铰链 x2"))
        .startBeforeActivity("Task_RepairWithParts").execute();
    awaitTask(repair.getId(), "Task_RepairWithParts");
    Task task = taskService.createTaskQuery().processInstanceId(repair.getId()).taskDefinitionKey("Task_RepairWithParts")
        .singleResult();
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("eric", "eric");
    tasklist.openTaskById(task.getId());
    tasklist.fillText("维修内容", "更换两只门铰链，试机正常");
    tasklist.fillText("向客户说明的内容(故障原因、维修方法、使用注意事项)", "铰链老化断裂，已更换；关门勿用力过猛");
    tasklist.fillText("修后试机(怎样试的、结果)", "开关门二十次，无异响");
    tasklist.tick("", "已自检维修质量(紧固、外观、功能),可交客户验收");
    tasklist.complete();
    tasklist.awaitCompleted();

    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task.getId()).finished().count()).isEqualTo(1);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(repair.getId())
        .variableName("repairNotes").singleResult().getValue()).isEqualTo("更换两只门铰链，试机正常");
  }
}
