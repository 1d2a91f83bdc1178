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
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The requisition's forms (forms/parts-requisition-approve, -issue, -return) opened and completed in Tasklist by
 * their groups for a requisition of two parts: the store keeper approves and issues line by line (one line box per
 * part), the engineer returns the unused parts and hands in the old ones line by line.
 */
class TasklistRequisitionBrowserTest extends BrowserScenario {

  @Autowired StockService stock;
  @Autowired CaseService cases;
  @Autowired Requisitions requisitions;

  @Test
  @DisplayName("a requisition of two parts is approved, issued and settled line by line through its three forms in Tasklist")
  @CompletesForms(en = {"parts-requisition-approve", "parts-requisition-issue", "parts-requisition-return"})
  void everyRequisitionFormIsCompletedInTasklist() {
    Part toner = StockScenario.stockedPart(stock, 4);
    Part drum = StockScenario.stockedPart(stock, 3);
    String caseNumber = cases.open(new NewCase("repair", "phone", "Li Na", "+86 138 0013 8000", "li.na@example.com",
        "Shanghai", "MX-3070", "SN-4711", LocalDate.now().minusMonths(3), true, "卡纸", null)).caseNumber();
    String instance = requisitions.start(new Requisitions.Request(caseNumber, List.of(
        new Requisitions.Item(toner.code(), 2), new Requisitions.Item(drum.code(), 1)), null, "更换碳粉盒和感光鼓"),
        "eric").processInstanceId();
    Tasklist tasklist = new Tasklist(browser);
    awaitTask(instance, Elements.APPROVE);

    tasklist.login("kate", "kate");
    tasklist.work(groupTasks(StaffGroups.STORE_KEEPERS), caseNumber, "审批配件领用单", true,
        () -> tasklist.chooseRadio("批准"));
    awaitTask(instance, Elements.ISSUE);
    tasklist.work(groupTasks(StaffGroups.STORE_KEEPERS), caseNumber, "配件出库发放", true, () -> {
      tasklist.fillText(Tasklist.group("第 1 行"), "实发数量", "2");
      tasklist.fillText(Tasklist.group("第 2 行"), "实发数量", "1");
    });
    awaitTask(instance, Elements.RETURN);

    tasklist.login("eric", "eric");
    tasklist.work(groupTasks(StaffGroups.ENGINEERS), caseNumber, "退回剩余配件并交回旧件", true, () -> {
      tasklist.fillText(Tasklist.group("第 1 行"), "退回的剩余配件数量", "1");
      tasklist.chooseSelect(Tasklist.group("第 1 行"), "旧件处理", "回收");
      tasklist.fillText(Tasklist.group("第 2 行"), "退回的剩余配件数量", "0");
      tasklist.chooseSelect(Tasklist.group("第 2 行"), "旧件处理", "报废");
    });
    browser.waitFor(d -> stock.movements(MovementFilter.ofCase(caseNumber)).size() == 5);

    assertThat(stock.movements(MovementFilter.ofCase(caseNumber))).extracting(Movement::type, Movement::part,
        Movement::quantity, Movement::actor).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(MovementType.ISSUE, toner.code(), 2, "kate"),
            org.assertj.core.groups.Tuple.tuple(MovementType.ISSUE, drum.code(), 1, "kate"),
            org.assertj.core.groups.Tuple.tuple(MovementType.RETURN_UNUSED, toner.code(), 1, "eric"),
            org.assertj.core.groups.Tuple.tuple(MovementType.OLD_PART_RECOVERED, toner.code(), 1, "eric"),
            org.assertj.core.groups.Tuple.tuple(MovementType.OLD_PART_SCRAPPED, drum.code(), 1, "eric"));
    assertThat(stock.onHand("main", toner.code())).isEqualTo(3);
    assertThat(stock.onHand("main", drum.code())).isEqualTo(2);
  }
}
