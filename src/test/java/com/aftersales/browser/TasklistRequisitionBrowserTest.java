package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.security.StaffGroups;
import com.aftersales.stock.Movement;
import com.aftersales.stock.MovementFilter;
import com.aftersales.stock.MovementType;
import com.aftersales.stock.Part;
import com.aftersales.stock.StockScenario;
import com.aftersales.stock.StockService;
import com.aftersales.stock.requisition.RequisitionProcess.Elements;
import com.aftersales.stock.requisition.Requisitions;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The requisition's forms (forms/parts-requisition-*.form) opened and completed in Tasklist by their groups: the
 * store keeper approves and issues, the engineer returns the unused part and hands in the old one.
 */
class TasklistRequisitionBrowserTest extends BrowserScenario {

  @Autowired StockService stock;
  @Autowired CaseService cases;
  @Autowired Requisitions requisitions;

  @Test
  @DisplayName("a requisition is approved, issued and settled through its three forms in Tasklist")
  void everyRequisitionFormIsCompletedInTasklist() {
    Part part = StockScenario.stockedPart(stock, 4);
    String caseNumber = cases.open(new NewCase("repair", "phone", "Li Na", "+86 138 0013 8000", "li.na@example.com",
        "Shanghai", "MX-3070", "SN-4711", LocalDate.now().minusMonths(3), true, "卡纸", null)).caseNumber();
    String instance = requisitions.start(
        new Requisitions.Request(caseNumber, part.code(), null, 2, "更换碳粉盒"), "eric").processInstanceId();
    Tasklist tasklist = new Tasklist(browser);
    awaitTask(instance, Elements.APPROVE);

    tasklist.login("kate", "kate");
    tasklist.work(groupTasks(StaffGroups.STORE_KEEPERS), caseNumber, "审批配件领用单", true,
        () -> tasklist.chooseRadio("批准"));
    awaitTask(instance, Elements.ISSUE);
    tasklist.work(groupTasks(StaffGroups.STORE_KEEPERS), caseNumber, "配件出库发放", true,
        () -> tasklist.fillText("实发数量", "2"));
    awaitTask(instance, Elements.RETURN);

    tasklist.login("eric", "eric");
    tasklist.work(groupTasks(StaffGroups.ENGINEERS), caseNumber, "退回剩余配件并交回旧件", true, () -> {
      tasklist.fillText("退回的剩余配件数量", "1");
      tasklist.chooseRadio("回收");
      tasklist.fillText("交回旧件数量", "1");
    });
    browser.waitFor(d -> stock.movements(MovementFilter.ofCase(caseNumber)).size() == 3);

    assertThat(stock.movements(MovementFilter.ofCase(caseNumber))).extracting(Movement::type, Movement::actor)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(MovementType.ISSUE, "kate"),
            org.assertj.core.groups.Tuple.tuple(MovementType.RETURN_UNUSED, "eric"),
            org.assertj.core.groups.Tuple.tuple(MovementType.OLD_PART_RECOVERED, "eric"));
    assertThat(stock.onHand("main", part.code())).isEqualTo(3);
  }
}
