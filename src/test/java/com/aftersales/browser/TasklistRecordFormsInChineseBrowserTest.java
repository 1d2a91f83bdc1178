package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.Customer;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.destruction.ArchiveDestructions;
import com.aftersales.customers.destruction.DestructionOccasion;
import com.aftersales.customers.destruction.DestructionProcess;
import com.aftersales.flows.credit.CreditProcess;
import com.aftersales.flows.credit.CreditService;
import com.aftersales.flows.FirstContact;
import com.aftersales.flows.emergency.EmergencyProcess;
import com.aftersales.flows.installation.InstallationProcess;
import com.aftersales.flows.maintenance.MaintenanceProcess;
import com.aftersales.flows.parts.PartsProcess;
import com.aftersales.flows.repair.RepairProcess;
import com.aftersales.flows.repair.RepairProcess.Resolution;
import com.aftersales.cases.DamageCause;
import com.aftersales.testsupport.RepairCases;
import com.aftersales.flows.repeatrepair.RepeatRepairReview;
import com.aftersales.flows.repeatrepair.RepeatRepairReviews;
import com.aftersales.flows.visit.VisitProcess;
import com.aftersales.flows.visit.VisitRepository;
import com.aftersales.flows.visit.VisitService;
import com.aftersales.stock.Booking;
import com.aftersales.stock.MovementFilter;
import com.aftersales.stock.MovementType;
import com.aftersales.stock.Part;
import com.aftersales.stock.StockScenario;
import com.aftersales.stock.StockService;
import com.aftersales.stock.count.CountProcess;
import com.aftersales.stock.purchase.PurchaseProcess;
import com.aftersales.stock.requisition.RequisitionProcess;
import com.aftersales.stock.requisition.Requisitions;
import com.aftersales.testsupport.Jobs;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The forms whose steps read records the application keeps (an archive destruction, a credit review, a requisition,
 * a purchase, a stock count, a return visit, a repeat-repair review, the emergency team's draw on the stock),
 * completed in a Chinese (zh-CN) Tasklist: the records are made through the application's own services, as the
 * English walks make them, and each task is opened by its link, claimed for its member and completed by the labels
 * the form shows. The English walks (Tasklist*BrowserTest of each flow) hold what each step then writes; here the
 * step's record is checked in brief.
 */
@ExtendWith(CasesLeftOpen.class)
class TasklistRecordFormsInChineseBrowserTest extends BrowserScenario {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired CustomerService customers;
  @Autowired CaseService cases;
  @Autowired ArchiveDestructions destructions;
  @Autowired RepeatRepairReviews reviews;
  @Autowired StockService stock;
  @Autowired Requisitions requisitions;
  @Autowired VisitRepository visits;
  @Autowired JdbcTemplate jdbc;

  private Tasklist tasklist;
  private String signedIn;

  @BeforeEach
  void chineseBrowser() {
    reopenBrowserIn("zh-CN");
    tasklist = Tasklist.inChinese(browser);
    signedIn = null;
  }

  @Test
  @DisplayName("002 二(一) 6.10: 客户信息主管、客户服务部经理、总经理分别核准后，方可销毁 — the three approvals in a Chinese Tasklist")
  @CompletesForms(zh = {"archive-destruction-general-manager", "archive-destruction-service-manager",
      "archive-destruction-supervisor"})
  void theThreeDestructionApprovalsAreGivenInAChineseTasklist() {
    long customerId = TasklistArchiveDestructionBrowserTest.outdatedCustomer(customers, cases, jdbc);
    String instance = destructions.propose(customerId, DestructionOccasion.OUTDATED, null, Instant.now())
        .processInstanceId();
    for (var approval : List.of(List.of("cora", DestructionProcess.Elements.APPROVE_AS_SUPERVISOR),
        List.of("sam", DestructionProcess.Elements.APPROVE_AS_SERVICE_MANAGER),
        List.of("grace", DestructionProcess.Elements.APPROVE_AS_GENERAL_MANAGER))) {
      work(instance, approval.get(1), approval.get(0), () -> {
        tasklist.chooseRadio("核准销毁");
        tasklist.fillText("意见或驳回理由", "同意销毁此档案");
      });
    }
    browser.waitFor(d -> {
      Jobs.runDue(managementService, instance);
      return historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1;
    });
    assertThat(jdbc.queryForObject("SELECT status FROM archive_destruction WHERE customer_id = ?", String.class,
        customerId)).isEqualTo("DESTROYED");
  }

  @Test
  @DisplayName("003 四3 (属于维修质量问题的要处理): a repeat repair is analysed in a Chinese Tasklist")
  @CompletesForms(zh = {"repeat-repair-review"})
  void aRepeatRepairIsAnalysedInAChineseTasklist() {
    String[] underReview = TasklistRepeatRepairBrowserTest.repeatUnderReview(cases, reviews, runtimeService);
    String earlier = underReview[0];
    String review = underReview[2];
    work(review, RepeatRepairReview.Elements.ANALYSE, "sam", () -> {
      tasklist.fillText("故障分析（新故障是什么，原因何在）", "上次更换的温控器未装到位");
      tasklist.tick("", "属于原维修的质量问题（记入原维修工程师）");
    });
    browser.waitFor(d -> cases.records(earlier).stream()
        .anyMatch(r -> RepeatRepairReview.Actions.REPAIR_QUALITY_FAULT.equals(r.action())));
  }

  @Test
  @DisplayName("a shortage is ordered and booked in, and a count's difference approved, in a Chinese Tasklist")
  @CompletesForms(zh = {"parts-purchase-plan", "parts-purchase-receive", "stock-approve-corrections", "stock-count"})
  void purchaseAndStocktakingFormsAreCompletedInAChineseTasklist() {
    Part part = StockScenario.stockedPart(stock, 2);
    stock.book(Booking.of(MovementType.ISSUE, "main", part.code(), 1, "kate", "维修领用")
        .forCase(StockScenario.caseNumber(), null));
    String purchase = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("PR-main-" + part.code())
        .singleResult().getId();
    work(purchase, PurchaseProcess.Elements.PLAN, "paul", () -> {
      tasklist.fillText("采购数量", "6");
      tasklist.fillText("供应商", "夏普配件");
    });
    work(purchase, PurchaseProcess.Elements.RECEIVE, "kate", () -> {
      tasklist.fillText("到货数量", "6");
      tasklist.fillText("质检单号", "QC-2026-89");
      tasklist.chooseRadio("合格, 入库");
    });
    browser.waitFor(d -> stock.onHand("main", part.code()) == 7);

    String countId = "ST-Z" + StockScenario.uniqueCode("main");
    String count = runtimeService.startProcessInstanceByKey(CountProcess.KEY, countId,
        Map.of(CountProcess.Vars.STORE, "main", CountProcess.Vars.COUNT_ID, countId)).getId();
    work(count, CountProcess.Elements.COUNT, "kate", () -> {
      tasklist.tick("", "有差异 (逐行登记实盘数量)");
      tasklist.fillText(Tasklist.group("第 1 行"), "配件编码", part.code());
      tasklist.fillText(Tasklist.group("第 1 行"), "实盘数量", "8");
    });
    work(count, CountProcess.Elements.APPROVE, "sam", () -> tasklist.chooseRadio("批准调整"));
    browser.waitFor(d -> stock.onHand("main", part.code()) == 8);
  }

  @Test
  @DisplayName("a requisition is approved, issued and settled in a Chinese Tasklist")
  @CompletesForms(zh = {"parts-requisition-approve", "parts-requisition-issue", "parts-requisition-return"})
  void aRequisitionIsIssuedAndSettledInAChineseTasklist() {
    Part toner = StockScenario.stockedPart(stock, 4);
    String caseNumber = openCase();
    String instance = requisitions.start(new Requisitions.Request(caseNumber,
        List.of(new Requisitions.Item(toner.code(), 2)), null, "更换碳粉盒"), "eric").processInstanceId();
    work(instance, RequisitionProcess.Elements.APPROVE, "kate", () -> tasklist.chooseRadio("批准"));
    work(instance, RequisitionProcess.Elements.ISSUE, "kate",
        () -> tasklist.fillText(Tasklist.group("第 1 行"), "实发数量", "2"));
    work(instance, RequisitionProcess.Elements.RETURN, "eric", () -> {
      tasklist.fillText(Tasklist.group("第 1 行"), "退回的剩余配件数量", "1");
      tasklist.chooseSelect(Tasklist.group("第 1 行"), "旧件处理", "回收");
    });
    browser.waitFor(d -> stock.movements(MovementFilter.ofCase(caseNumber)).size() == 3);
    assertThat(stock.onHand("main", toner.code())).isEqualTo(3);
  }

  @Test
  @DisplayName("finance records a credit review in a Chinese Tasklist and the customer's grade changes")
  @CompletesForms(zh = {"credit-review"})
  void aCreditReviewIsRecordedInAChineseTasklist() {
    Customer reviewed = TasklistCreditBrowserTest.customer(customers, CreditGrade.B, "10000.00");
    String reviewId = CreditService.reviewId(reviewed.id(), LocalDate.now());
    String review = runtimeService.startProcessInstanceByKey(CreditProcess.REVIEW_KEY, reviewId,
        Map.of(CreditProcess.Vars.CUSTOMER_ID, reviewed.id(), CreditProcess.Vars.REVIEW_ID, reviewId,
            CreditProcess.Vars.REVIEW_DUE_ON, LocalDate.now().toString())).getId();
    work(review, CreditProcess.ReviewElements.REVIEW, "fiona", () -> {
      tasklist.chooseSelect("新的信用等级", "A 级：授信额度内赊账");
      tasklist.fillText("新的授信额度", "30000");
      tasklist.fillText("信用调查报告", "银行调查良好，一年内按时付款");
    });
    browser.waitFor(d -> customers.get(reviewed.id()).creditGrade() == CreditGrade.A);
  }

  @Test
  @DisplayName("a key customer's on-site return visit is worked through its three forms in a Chinese Tasklist")
  @CompletesForms(zh = {"return-visit-answer-feedback", "return-visit-conduct", "return-visit-hand-in-feedback"})
  void aReturnVisitIsWorkedInAChineseTasklist() {
    String caseNumber = TasklistReturnVisitBrowserTest.closedKeyCustomerCase(rest, jdbc, cases);
    String visitNumber = VisitService.visitNumberOf(caseNumber);
    String visit = runtimeService.createProcessInstanceQuery().processDefinitionKey(VisitProcess.PROCESS_KEY)
        .processInstanceBusinessKey(visitNumber).singleResult().getId();
    Jobs.runDue(managementService, visit);
    // the contact window opens (its timer fired by hand: the browser cannot wait a day)
    Job window = managementService.createJobQuery().processInstanceId(visit).timers().singleResult();
    managementService.executeJob(window.getId());
    work(visit, VisitProcess.Elements.CONDUCT_VISIT, "mary", () -> {
      tasklist.chooseRadio("已联系上客户");
      tasklist.chooseRadio("上门回访(客户填写反馈单)");
      tasklist.fillText("客户的完整答复", "门板已调好");
      tasklist.fillText("满意度", "2");
      tasklist.fillText("客户的意见和建议", "希望上门前先打电话");
    });
    work(visit, VisitProcess.Elements.HAND_IN_FEEDBACK_FORM, "mary", () -> {
      tasklist.fillText("反馈单编号", "FK-2031-002");
      tasklist.tick("", "客户已在反馈单上签字");
      tasklist.fillText("反馈单背面记录的客户意见", "客户要求秋季免费保养");
    });
    work(visit, VisitProcess.Elements.ANSWER_FEEDBACK, "mary",
        () -> tasklist.fillText("对客户的售后服务承诺", "十月安排一次免费上门保养"));
    browser.waitFor(d -> historyService.createHistoricProcessInstanceQuery().processInstanceId(visit)
        .finished().count() == 1);
    assertThat(visits.find(visitNumber).orElseThrow().serviceCommitment()).isEqualTo("十月安排一次免费上门保养");
  }

  @Test
  @DisplayName("an emergency team is dispatched and draws on the emergency stock in a Chinese Tasklist")
  @CompletesForms(zh = {"emergency-dispatch", "emergency-draw-stock"})
  void anEmergencyTeamIsDispatchedAndSuppliedInAChineseTasklist() {
    ServiceTypeRequests.Opened opened = ServiceTypeRequests.open(rest, "emergency", "印刷厂复印机停机，生产中断");
    Part fuser = StockScenario.stockedPart(stock, 3);
    stock.transfer("main", "emergency", fuser.code(), 1, "kate", "应急储备", null);
    work(opened.instance(), EmergencyProcess.Elements.CONTACT_CUSTOMER, "sam", () -> {
      tasklist.chooseRadio("突发重大故障,影响客户正常业务");
      tasklist.fillText("应急团队负责人", "王强");
      tasklist.fillText("应急维修团队成员", "王强, 赵磊");
      tasklist.fillText("与客户沟通的情况和紧急措施", "已告知客户团队马上出发");
    });
    work(opened.instance(), EmergencyProcess.Elements.DRAW_EMERGENCY_STOCK, "walt", () -> {
      tasklist.tick("", "调出配件 (逐行登记)");
      tasklist.fillText(Tasklist.group("配件 1"), "配件编码", fuser.code());
      tasklist.fillText(Tasklist.group("配件 1"), "数量", "1");
      tasklist.fillText("调出的工具和其他物资", "万用表一个");
    });
    browser.waitFor(d -> stock.movements(MovementFilter.ofCase(opened.caseNumber())).size() == 1);
    assertThat(stock.onHand("emergency", fuser.code())).isZero();
  }

  @Test
  @DisplayName("a delivery's visit is agreed, its team assigned and the engineer's installation checklist completed in a Chinese Tasklist")
  @CompletesForms(zh = {"installation-assign-team", "installation-commission", "installation-schedule"})
  void anInstallationIsCommissionedInAChineseTasklist() {
    ServiceTypeRequests.Opened opened = ServiceTypeRequests.open(rest, "installation", "三楼复印机送货安装");
    InstallationInTasklist.visitAgreedAndTeamAssigned(this, tasklist, opened.instance(), opened.caseNumber(),
        () -> tasklist.fillText("与客户约定的事项", "上门前半小时电话通知"));
    signedIn = "sam";
    work(opened.instance(), InstallationProcess.Elements.INSTALL_AND_COMMISSION, "eric",
        () -> InstallationInTasklist.checklistTicked(tasklist));
  }

  @Test
  @DisplayName("a maintenance plan is made and its visit completed in a Chinese Tasklist")
  @CompletesForms(zh = {"maintenance-plan", "maintenance-visit"})
  void aMaintenanceVisitIsCompletedInAChineseTasklist() {
    ServiceTypeRequests.Opened opened = ServiceTypeRequests.open(rest, "maintenance", "复印机年度保养");
    work(opened.instance(), MaintenanceProcess.Elements.CONTACT_CUSTOMER, "mary", () -> {
      tasklist.fillText("计划保养次数", "1");
      tasklist.chooseSelect("保养间隔", "每年");
      tasklist.fillDate("首次保养日期", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1));
      tasklist.fillText("与客户约定的事项", "上午上门");
    });
    work(opened.instance(), MaintenanceProcess.Elements.VISIT, "eric", () -> {
      tasklist.tick("", "已完成设备保养");
      tasklist.tick("", "已向客户传授使用、保养和常见故障排除方法");
      tasklist.fillText("发现的问题和用户对设计", "客户希望风扇更安静");
      tasklist.chooseRadio("不需要");
      tasklist.fillText("客户满意度", "4");
    });
    Jobs.runDue(managementService, opened.instance());
    browser.waitFor(d -> historyService.createHistoricProcessInstanceQuery().processInstanceId(opened.instance())
        .finished().count() == 1);
  }

  @Test
  @DisplayName("an urgent, chargeable parts request taken from a packed product is unpacked, paid, dated and booked in, in a Chinese Tasklist")
  @CompletesForms(zh = {"parts-book-in", "parts-confirm-payment", "parts-negotiate-urgent", "parts-unpack-package"})
  void anUrgentUnpackedPartsRequestIsWorkedInAChineseTasklist() {
    ServiceTypeRequests.Opened opened = ServiceTypeRequests.open(rest, "parts", "床头运输中开裂");
    String instance = opened.instance();
    // the steps before, whose forms TasklistFormsInChineseBrowserTest and the English walk complete: the first
    // contact, the request of one price-table line (urgent, from a packed product), its review and the unpacking
    // approval
    completeAt(instance, FirstContact.CONTACT_CUSTOMER, Map.of(FirstContact.CONTACT_NOTE, "已联系客户"));
    String line = "[{\"partName\":\"床头 1.8 米\",\"part\":\"bed-headboard\",\"partCategory\":\"double-sided-gloss-panel\","
        + "\"size\":\"1.8\",\"colour\":\"胡桃色\",\"quantity\":1,\"batchNumber\":\"B2026-1\",\"inspectionNumber\":\"QC-1\","
        + "\"reason\":\"运输中开裂\"}]";
    completeAt(instance, PartsProcess.Elements.RECORD_REQUEST, Map.of("partsLines", SpinValues.jsonValue(line).create(),
        "coveredByWarranty", false, "splitOrders", false, "urgent", true, "unpackRequested", true));
    completeAt(instance, PartsProcess.Elements.REVIEW, Map.of("reviewDecision", "approved"));
    completeAt(instance, PartsProcess.Elements.APPROVE_UNPACK, Map.of("unpackDecision", "approved"));

    work(instance, PartsProcess.Elements.UNPACK_PACKAGE, "mary", () -> {
      tasklist.fillText("包装编号", "PKG-2026-8");
      tasklist.tick("", "已拆包装已做标识");
    });
    awaitTask(instance, PartsProcess.Elements.NEGOTIATE_URGENT);
    work(instance, PartsProcess.Elements.CONFIRM_PAYMENT, "fiona", () -> {
      tasklist.fillText("实收金额", String.valueOf(runtimeService.getVariable(instance, "partsTotalAmount")));
      tasklist.fillText("付款凭证号", "ICBC-2026-43");
    });
    work(instance, PartsProcess.Elements.NEGOTIATE_URGENT, "pete",
        () -> tasklist.fillDate("商定的完工日期", LocalDate.now().plusDays(3)));
    completeAt(instance, PartsProcess.Elements.MAKE_PARTS, Map.of("partsInspected", true));
    completeAt(instance, PartsProcess.Elements.ENTER_PICKUP_NOTICE,
        Map.of("pickupNoticeReference", "TH-2026-0302", "pickupPlace", "工厂 2 号门"));
    work(instance, PartsProcess.Elements.BOOK_INTO_WAREHOUSE, "walt", () -> tasklist.fillText("库位", "R-7-4"));
    awaitTask(instance, PartsProcess.Elements.PUT_PARTS_BACK);
  }

  @Test
  @DisplayName("a chargeable repair's quote is accepted by the customer in a Chinese Tasklist and the dispatch follows")
  @CompletesForms(zh = {"repair-quote-answer"})
  void aQuoteIsAcceptedInAChineseTasklist() {
    ServiceTypeRequests.Opened opened = ServiceTypeRequests.open(rest, "repair", "滚筒不转");
    String instance = opened.instance();
    // assessed as the customer's damage, quoted by the factory and to the customer, as the English walk's steps do
    completeAt(instance, RepairProcess.Elements.ASSESS_REQUEST, Map.of(RepairProcess.Vars.RESOLUTION,
        Resolution.FACTORY.code(), RepairProcess.Vars.DAMAGE_CAUSE, DamageCause.HUMAN.code(),
        RepairProcess.Vars.ASSESSMENT_NOTES, "客户摔落，同意付费"));
    completeAt(instance, RepairProcess.Elements.OBTAIN_FACTORY_QUOTE, Map.of(RepairProcess.Vars.FACTORY_QUOTE_AMOUNT,
        300L, RepairProcess.Vars.FACTORY_QUOTE_NOTES, "厂方更换滚筒轴承，十个工作日"));
    completeAt(instance, RepairProcess.Elements.PREPARE_QUOTE, Map.of(RepairProcess.Vars.REPAIR_DIFFICULTY, "standard",
        RepairProcess.Vars.PARTS_COST, 150.0, RepairProcess.Vars.QUOTE_NOTES, "滚筒轴承及两小时人工"));
    work(instance, RepairProcess.Elements.OBTAIN_QUOTE_ANSWER, "mary", () -> tasklist.chooseRadio("接受：继续维修"));
    awaitTask(instance, RepairProcess.Elements.DISPATCH_ENGINEER);
    assertThat(runtimeService.getVariable(instance, RepairProcess.Vars.QUOTE_ANSWER)).isEqualTo("accepted");
  }

  @Test
  @DisplayName("the customer's sign-off of an approved on-site repair is recorded in a Chinese Tasklist")
  @CompletesForms(zh = {"repair-sign-off"})
  void aRepairIsSignedOffInAChineseTasklist() {
    String instance = RepairCases.atOnSiteRepair(rest, taskService, managementService).processInstanceId();
    completeAt(instance, RepairProcess.Elements.REPAIR_ON_SITE, RepairCases.repaired("更换传动带"));
    completeAt(instance, RepairProcess.Elements.WRITE_REPAIR_REPORT, Map.of(RepairProcess.Vars.FAULTS_FOUND,
        "传动带断裂", RepairProcess.Vars.PARTS_REPLACED, "传动带", RepairProcess.Vars.OLD_PARTS, "none",
        RepairProcess.Vars.REPORT_NOTES, "试机一小时"));
    completeAt(instance, RepairProcess.Elements.APPROVE_REPAIR_REPORT,
        Map.of(RepairProcess.Vars.REPORT_APPROVAL, "approved"));
    work(instance, RepairProcess.Elements.OBTAIN_SIGN_OFF, "eric", () -> {
      tasklist.chooseRadio("已解决：客户已签字确认");
      tasklist.tick("", "已把保修条款(维修服务报告上的保修说明)交给客户,并重申保修承诺");
    });
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("signOff").singleResult().getValue()).isEqualTo("resolved");
  }

  /** A step before the ones this class completes in Tasklist, completed with what its form would submit. */
  private void completeAt(String instance, String taskKey, Map<String, Object> submitted) {
    awaitTask(instance, taskKey);
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
        .singleResult().getId(), submitted);
  }

  /**
   * One step as its member works it from a colleague's link: the task, once open, claimed for them (Tasklist's Claim
   * is proved by TasklistFormsInChineseBrowserTest), signed in once, opened, filled, completed.
   */
  private void work(String instance, String taskKey, String user, Runnable fill) {
    awaitTask(instance, taskKey);
    Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
    if (task.getAssignee() == null) {
      taskService.claim(task.getId(), user);
    }
    if (!user.equals(signedIn)) {
      tasklist.login(user, user);
      signedIn = user;
    }
    tasklist.openTaskById(task.getId());
    browser.visible(By.xpath("//button[normalize-space()='完成']"));
    fill.run();
    tasklist.complete();
    tasklist.awaitCompleted();
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getEndTime())
        .as(taskKey + " completed").isNotNull();
  }

  private String openCase() {
    String phone = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    return cases.open(new NewCase("REPAIR", "phone", "中文表单测试 " + phone, phone, null, null, "RR-FRIDGE", null,
        null, null, "不制冷", null, null, null, null)).caseNumber();
  }
}
