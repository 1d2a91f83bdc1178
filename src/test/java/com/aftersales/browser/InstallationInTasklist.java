package com.aftersales.browser;

import com.aftersales.flows.installation.InstallationProcess.Elements;
import com.aftersales.security.StaffGroups;
import java.time.LocalDate;
import java.time.ZoneId;

/** The installation flow's first forms in Tasklist, as the installation browser tests open them. */
final class InstallationInTasklist {

  private InstallationInTasklist() {}

  /**
   * Customer service (mary) agrees a visit two days ahead ({@code alsoOnVisit} fills whatever else a test needs on
   * that form) and a service manager (sam) assigns the team of two: the case then waits at the engineer's
   * installation form.
   */
  static void visitAgreedAndTeamAssigned(
      BrowserScenario scenario, Tasklist tasklist, String instance, String caseNumber, Runnable alsoOnVisit) {
    scenario.awaitTask(instance, Elements.CONTACT_CUSTOMER);
    tasklist.login("mary", "mary");
    tasklist.work(BrowserScenario.groupTasks(StaffGroups.CUSTOMER_SERVICE), caseNumber, "联系客户预约上门", true, () -> {
      tasklist.chooseSelect("安装类型", "零星仪器:送货后直接开箱调试");
      tasklist.fillDate("上门日期", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2));
      alsoOnVisit.run();
    });
    scenario.awaitTask(instance, Elements.ASSIGN_TEAM);
    tasklist.login("sam", "sam");
    tasklist.work(BrowserScenario.groupTasks(StaffGroups.SERVICE_MANAGERS), caseNumber, "安排安装小组(不少于二人)", true,
        () -> {
          tasklist.fillText("负责人", "Wang Qiang");
          tasklist.fillText("安装人员", "Wang Qiang, Zhao Lei");
        });
    scenario.awaitTask(instance, Elements.INSTALL_AND_COMMISSION);
  }

  /** The engineer's checklist on the installation form, every point ticked, and no deviation from it. */
  static void checklistTicked(Tasklist tasklist) {
    tasklist.tick("", "已检查所有关键部位(螺丝孔、铰链、轨道、玻璃门等)符合质量要求");
    tasklist.tick("", "调试完成,运行正常");
    tasklist.tick("", "产品和现场已清洁");
    tasklist.tick("", "已向客户讲解保养知识和售后服务规定");
    tasklist.tick("", "客户已在服务记录上验收签字");
    tasklist.chooseRadio("没有");
  }
}
