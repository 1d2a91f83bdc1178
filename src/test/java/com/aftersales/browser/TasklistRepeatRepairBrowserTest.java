package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.repeatrepair.RepeatRepairReview;
import com.aftersales.flows.repeatrepair.RepeatRepairReview.Actions;
import com.aftersales.flows.repeatrepair.RepeatRepairReviews;
import com.aftersales.security.StaffGroups;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The repeat-repair-review form opened and completed in Tasklist by a service manager: the task is claimed for them
 * beforehand (Tasklist's Claim is proved by the case flows' browser tests) and opened from the group's list.
 */
class TasklistRepeatRepairBrowserTest extends BrowserScenario {

  @Autowired RuntimeService runtimeService;
  @Autowired CaseService cases;
  @Autowired RepeatRepairReviews reviews;

  @Test
  @DisplayName("003 四3 (属于维修质量问题的要处理): a service manager analyses a repeat repair in Tasklist and records a"
      + " repair-quality fault against the earlier case's engineer")
  @CompletesForms(en = {"repeat-repair-review"})
  void aServiceManagerRecordsARepairQualityFault() {
    String[] underReview = repeatUnderReview(cases, reviews, runtimeService);
    String earlier = underReview[0];
    String repeat = underReview[1];
    String review = underReview[2];
    awaitTask(review, RepeatRepairReview.Elements.ANALYSE);
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("sam", "sam");
    taskService.claim(taskService.createTaskQuery().processInstanceId(review).singleResult().getId(), "sam");
    tasklist.work(groupTasks(StaffGroups.SERVICE_MANAGERS), RepeatRepairReview.businessKey(repeat), "分析返修故障", false, () -> {
      tasklist.fillText("故障分析（新故障是什么，原因何在）", "上次更换的温控器未装到位，同一故障再次出现");
      tasklist.tick("", "属于原维修的质量问题（记入原维修工程师）");
    });

    browser.waitFor(d -> cases.records(earlier).stream().anyMatch(r -> Actions.REPAIR_QUALITY_FAULT.equals(r.action())));
    assertThat(cases.records(earlier)).filteredOn(r -> Actions.REPAIR_QUALITY_FAULT.equals(r.action()))
        .singleElement().satisfies(r -> {
          assertThat(r.engineer()).isEqualTo("eric");
          assertThat(r.recordedBy()).isEqualTo("sam");
          assertThat(r.note()).contains(repeat).contains("温控器未装到位");
        });
    assertThat(cases.records(repeat)).extracting(ServiceRecord::action).contains(Actions.REPEAT_REPAIR_ANALYSIS);
  }

  /**
   * A repeat repair under review: an earlier case eric was dispatched to, a new case of the same fault and its
   * review opened; returns the earlier case, the new case and the review's process instance.
   */
  static String[] repeatUnderReview(CaseService cases, RepeatRepairReviews reviews, RuntimeService runtimeService) {
    String earlier = openCase(cases);
    cases.addRecord(earlier, new ServiceRecord("DISPATCH", "eric", null, null, "派工", "sam", null));
    String repeat = openCase(cases);
    reviews.open(repeat, earlier);
    String review = runtimeService.createProcessInstanceQuery().processDefinitionKey(RepeatRepairReview.KEY)
        .processInstanceBusinessKey(RepeatRepairReview.businessKey(repeat)).singleResult().getId();
    return new String[] {earlier, repeat, review};
  }

  private static String openCase(CaseService cases) {
    String phone = "135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    return cases.open(new NewCase("REPAIR", "phone", "返修浏览器测试 " + phone, phone, null, null, "RR-FRIDGE", null,
        null, null, "不制冷", null, null, null, null)).caseNumber();
  }
}
