package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.security.StaffGroups;
import com.aftersales.stock.Booking;
import com.aftersales.stock.MovementType;
import com.aftersales.stock.Part;
import com.aftersales.stock.StockScenario;
import com.aftersales.stock.StockService;
import com.aftersales.stock.count.CountProcess;
import com.aftersales.stock.purchase.PurchaseProcess;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The purchasing and stocktaking forms (parts-purchase-plan, parts-purchase-receive, stock-count,
 * stock-approve-corrections) opened and completed in Tasklist by planning, the store keeper and a service manager.
 * Their tasks belong to no case: they are opened by their business key, as a colleague's link opens them.
 */
class TasklistStockBrowserTest extends BrowserScenario {

  @Autowired StockService stock;
  @Autowired RuntimeService runtimeService;

  @Test
  @DisplayName("a shortage is ordered, inspected and booked in, and a count's difference approved, all in Tasklist")
  @CompletesForms(en = {"parts-purchase-plan", "parts-purchase-receive", "stock-approve-corrections", "stock-count"})
  void purchaseAndStocktakingFormsAreCompletedInTasklist() {
    Part part = StockScenario.stockedPart(stock, 2);
    stock.book(Booking.of(MovementType.ISSUE, "main", part.code(), 1, "kate", "维修领用")
        .forCase(StockScenario.caseNumber(), null));
    String purchase = "PR-main-" + part.code();
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(purchase)
        .singleResult().getId();
    Tasklist tasklist = new Tasklist(browser);
    awaitTask(instance, PurchaseProcess.Elements.PLAN);

    tasklist.login("paul", "paul");
    claimFor(instance, "paul");
    tasklist.work(groupTasks(StaffGroups.PLANNING), purchase, "编制配件采购申请", false, () -> {
      tasklist.fillText("采购数量", "6");
      tasklist.fillText("供应商", "夏普配件");
    });
    awaitTask(instance, PurchaseProcess.Elements.RECEIVE);

    tasklist.login("kate", "kate");
    claimFor(instance, "kate");
    tasklist.work(groupTasks(StaffGroups.STORE_KEEPERS), purchase, "到货质检入库", false, () -> {
      tasklist.fillText("到货数量", "6");
      tasklist.fillText("质检单号", "QC-2026-88");
      tasklist.chooseRadio("合格, 入库");
    });
    browser.waitFor(d -> stock.onHand("main", part.code()) == 7);

    String countId = "ST-B" + StockScenario.uniqueCode("main");
    String count = runtimeService.startProcessInstanceByKey(CountProcess.KEY, countId,
        Map.of(CountProcess.Vars.STORE, "main", CountProcess.Vars.COUNT_ID, countId)).getId();
    awaitTask(count, CountProcess.Elements.COUNT);
    claimFor(count, "kate");
    tasklist.work(groupTasks(StaffGroups.STORE_KEEPERS), countId, "实物盘点", false,
        () -> {
          tasklist.tick("", "有差异 (逐行登记实盘数量)");
          tasklist.fillText(Tasklist.group("第 1 行"), "配件编码", part.code());
          tasklist.fillText(Tasklist.group("第 1 行"), "实盘数量", "8");
        });
    awaitTask(count, CountProcess.Elements.APPROVE);

    tasklist.login("sam", "sam");
    claimFor(count, "sam");
    tasklist.work(groupTasks(StaffGroups.SERVICE_MANAGERS), countId, "审批盘点差异", false,
        () -> tasklist.chooseRadio("批准调整"));
    browser.waitFor(d -> stock.onHand("main", part.code()) == 8);
    assertThat(stock.onHand("main", part.code())).isEqualTo(8);
  }


  /**
   * These tasks belong to no case, so their list entry shows no case number and they are opened by their link;
   * they are claimed for the person beforehand (Tasklist's Claim is proved by the case flows' browser tests).
   */
  private void claimFor(String instance, String user) {
    taskService.claim(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(), user);
  }
}
