package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.flows.installation.InstallationProcess.Actions;
import com.aftersales.flows.installation.InstallationProcess.Elements;
import com.aftersales.security.StaffGroups;
import com.aftersales.testsupport.Jobs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Damage by the installers in Tasklist (forms/installation-commission.form, forms/installation-damage.form): the
 * engineer records the damage at the customer's sign-off, the warehouse (logistics) arranges its repair at the
 * installers' cost.
 */
class TasklistInstallationDamageBrowserTest extends BrowserScenario {

  @Autowired TestRestTemplate rest;
  @Autowired CaseService caseService;

  @Test
  @DisplayName("004 跟单4.5: the damage reported on the installation form is arranged by logistics on its own form in Tasklist")
  @CompletesForms(
      en = {"installation-assign-team", "installation-commission", "installation-damage", "installation-schedule"})
  void damageIsReportedAndArrangedInTasklist() {
    ServiceTypeRequests.Opened opened = ServiceTypeRequests.open(rest, "installation", "Install the wardrobe upstairs");
    String caseNumber = opened.caseNumber();
    String instance = opened.instance();
    Tasklist tasklist = new Tasklist(browser);
    InstallationInTasklist.visitAgreedAndTeamAssigned(this, tasklist, instance, caseNumber, () -> { });

    tasklist.login("eric", "eric");
    tasklist.work(groupTasks(StaffGroups.ENGINEERS), caseNumber, "送货、开箱安装调试并请客户验收签字", true, () -> {
      InstallationInTasklist.checklistTicked(tasklist);
      tasklist.tick("", "安装中损坏了客户的地板、墙面或家具(由物流安排修复或赔偿,费用由安装人员承担)");
      tasklist.fillText("损坏情况(部位、程度)", "楼梯墙面刮花一处");
    });
    awaitTask(instance, Elements.ARRANGE_DAMAGE_REPAIR);

    tasklist.login("walt", "walt");
    tasklist.work(groupTasks(StaffGroups.WAREHOUSE), caseNumber, "安排修复或赔偿(费用由安装人员承担)", true, () -> {
      tasklist.chooseRadio("修复");
      tasklist.fillText("安排(谁修复、何时,或赔偿办法)", "明天由油漆工补漆");
      tasklist.fillText("费用(元,由安装人员承担)", "120");
    });
    Jobs.runDue(managementService, instance);
    browser.waitFor(d -> caseService.records(caseNumber).stream()
        .anyMatch(r -> r.action().equals(Actions.DAMAGE_SETTLED)));
    assertThat(caseService.records(caseNumber).stream().filter(r -> r.action().equals(Actions.DAMAGE_SETTLED))
        .findFirst().orElseThrow().note()).contains("明天由油漆工补漆", "120.00 元由安装人员承担");
  }
}
