package com.aftersales.flows.parts;

import static com.aftersales.flows.parts.PartsCaseDriver.DOOR_PANELS;
import static com.aftersales.flows.parts.PartsCaseDriver.START;
import static com.aftersales.flows.parts.PartsCaseDriver.at;
import static com.aftersales.flows.parts.PartsCaseDriver.suffix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.Customer;
import com.aftersales.customers.CustomerService;
import com.aftersales.engine.TaskInputRejectedException;
import com.aftersales.flows.parts.PartsProcess.Actions;
import com.aftersales.flows.parts.PartsProcess.Elements;
import com.aftersales.flows.parts.PartsProcess.Vars;
import com.aftersales.mail.Outbox;
import com.aftersales.mail.OutboxEntry;
import com.aftersales.testsupport.EngineClock;
import com.aftersales.testsupport.ProcessTest;
import com.aftersales.testsupport.Tasks;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The factory's pickup notice of a production order (rulebook 000 §3.1–3.2): from the moment the order is placed
 * customer service waits for it beside the production; without it 7 working days after ordering (and every 7 more)
 * the sales assistant is mailed to ask the factory; recorded, it goes on the case and the service staff are mailed to
 * collect the goods; the warehouse books the order in only when it is made and the pickup is arranged. Engine clock:
 * the order is placed on Monday 2 March 2026, 09:00 (no holidays in the following weeks).
 */
@ProcessTest
class PartsPickupNoticeProcessTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired CaseService cases;
  @Autowired CustomerService customers;
  @Autowired PartsService requests;
  @Autowired Outbox outbox;

  PartsCaseDriver walk;
  ProcessInstance instance;

  @BeforeEach
  void orderPlaced() {
    EngineClock.set(at(START));
    walk = new PartsCaseDriver(runtimeService, taskService, managementService, historyService, identityService, cases,
        customers, requests, outbox);
    Customer customer = walk.customer(CreditGrade.C, "0");
    String model = "PN-WARDROBE-" + suffix();
    walk.openCase(customer, model, null, null);
    instance = walk.start(customer, model, DOOR_PANELS);
    walk.approve();
  }

  @Test
  @DisplayName("000 §3.1 销售内勤订货后,7-10个工作日未收到取货通知,需要告知内勤询问厂方发货情况:"
      + " 7 working days after ordering without a notice the sales assistant is mailed, and every 7 more until it comes")
  void withoutAPickupNoticeTheSalesAssistantIsAskedToChaseTheFactory() {
    assertThat(instance).isWaitingAt(Elements.MAKE_PARTS, Elements.ENTER_PICKUP_NOTICE);
    assertThat(Tasks.candidateGroups(taskService, walk.task(Elements.ENTER_PICKUP_NOTICE)))
        .containsExactly("customer-service");
    Job chase = managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(Elements.TIMER_PICKUP_NOTICE_MISSING).singleResult();
    // Monday 2 March + 7 working days = Wednesday 11 March, same time
    assertThat(chase.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 3, 11, 9, 0)));

    EngineClock.set(at(LocalDateTime.of(2026, 3, 10, 18, 0)));
    walk.runJobs();
    assertThat(walk.mails("parts-pickup-notice-missing")).isEmpty();

    // production finishes meanwhile; without the notice nothing is booked in
    walk.complete(Elements.MAKE_PARTS, Map.of("partsInspected", true));
    assertThat(instance).isWaitingAt(Elements.ENTER_PICKUP_NOTICE).isNotWaitingAt(Elements.BOOK_INTO_WAREHOUSE);

    EngineClock.set(at(LocalDateTime.of(2026, 3, 11, 9, 1)));
    walk.runJobs();
    assertThat(walk.mails("parts-pickup-notice-missing")).singleElement().satisfies(mail -> {
      assertThat(mail.recipient()).isEqualTo("oscar@aftersales.example");
      assertThat(mail.subject()).contains("未收到取货通知", walk.request().requestNumber());
      assertThat(mail.body()).contains("向厂方询问发货情况");
    });
    assertThat(instance).hasPassed(Elements.MAIL_ASK_FACTORY).isWaitingAt(Elements.ENTER_PICKUP_NOTICE);

    EngineClock.set(at(LocalDateTime.of(2026, 3, 20, 9, 1)));
    walk.runJobs();
    assertThat(walk.mails("parts-pickup-notice-missing")).as("asked again 7 working days later").hasSize(2);

    walk.complete(Elements.ENTER_PICKUP_NOTICE, Map.of(Vars.PICKUP_NOTICE_REFERENCE, "TH-2026-0320",
        Vars.PICKUP_PLACE, "Factory gate 2"));
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(Elements.TIMER_PICKUP_NOTICE_MISSING).count()).as("no chase once the notice is in").isZero();
    EngineClock.set(at(LocalDateTime.of(2026, 4, 1, 9, 0)));
    walk.runJobs();
    assertThat(walk.mails("parts-pickup-notice-missing")).hasSize(2);
    assertThat(instance).isWaitingAt(Elements.BOOK_INTO_WAREHOUSE);
  }

  @Test
  @DisplayName("000 §3.2 售后服务部接的取货通知,应及时告之服务人员取货: the notice goes on the case, the service staff"
      + " are mailed to collect the goods, and the order is booked in once it is also made")
  void aRecordedPickupNoticeTellsTheServiceStaffToCollectTheGoods() {
    assertThatThrownBy(() -> taskService.complete(walk.task(Elements.ENTER_PICKUP_NOTICE).getId(),
        Map.of(Vars.PICKUP_NOTICE_REFERENCE, "TH-2026-0305")))
        .isInstanceOf(TaskInputRejectedException.class).hasMessageContaining(Vars.PICKUP_PLACE);
    assertThat(walk.records()).extracting(ServiceRecord::action).doesNotContain(Actions.PICKUP_NOTICE);

    EngineClock.set(at(LocalDateTime.of(2026, 3, 5, 10, 0)));
    walk.complete(Elements.ENTER_PICKUP_NOTICE, Map.of(Vars.PICKUP_NOTICE_REFERENCE, "TH-2026-0305",
        Vars.PICKUP_PLACE, "Factory gate 2", Vars.PICKUP_NOTICE_NOTES, "2 cartons"));

    assertThat(walk.records()).filteredOn(r -> Actions.PICKUP_NOTICE.equals(r.action())).singleElement()
        .satisfies(r -> assertThat(r.note()).contains("TH-2026-0305", "Factory gate 2", "2 cartons"));
    assertThat(walk.mails("parts-collect-goods")).extracting(OutboxEntry::recipient)
        .contains("eric@aftersales.example");
    assertThat(walk.mails("parts-collect-goods")).allSatisfy(mail ->
        assertThat(mail.body()).contains("TH-2026-0305", "Factory gate 2", "取货"));
    assertThat(instance).hasPassed(Elements.RECORD_PICKUP_NOTICE, Elements.MAIL_COLLECT_GOODS)
        .isWaitingAt(Elements.MAKE_PARTS)
        .isNotWaitingAt(Elements.BOOK_INTO_WAREHOUSE);

    walk.complete(Elements.MAKE_PARTS, Map.of("partsInspected", true));
    assertThat(instance).isWaitingAt(Elements.BOOK_INTO_WAREHOUSE);
    walk.complete(Elements.BOOK_INTO_WAREHOUSE, Map.of(Vars.WAREHOUSE_LOCATION, "PN-1"));
    assertThat(walk.request().orders()).allSatisfy(o -> assertThat(o.bookedAt()).isNotNull());
    assertThat(walk.mails("parts-pickup-notice-missing")).isEmpty();
  }

  @Test
  @DisplayName("000 §3.1–3.2: the notice is awaited from the order on, beside production, and the goods are booked in"
      + " only when both are done")
  void theNoticeIsAwaitedBesideProductionFromTheOrderOn() {
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(instance.getProcessDefinitionId());
    ParallelGateway fork = model.getModelElementById(Elements.AWAIT_GOODS);
    assertThat(fork.getOutgoing()).extracting(flow -> flow.getTarget().getId())
        .containsExactlyInAnyOrder(Elements.MAKE_PARTS, Elements.ENTER_PICKUP_NOTICE);
    ParallelGateway join = model.getModelElementById(Elements.GOODS_READY);
    assertThat(join.getIncoming()).extracting(flow -> flow.getSource().getId())
        .containsExactlyInAnyOrder(Elements.MAKE_PARTS, Elements.MAIL_COLLECT_GOODS);
    assertThat(join.getOutgoing()).singleElement().satisfies(flow ->
        assertThat(flow.getTarget().getId()).isEqualTo(Elements.BOOK_INTO_WAREHOUSE));
  }

  @Test
  @DisplayName("000 §3.2 售后服务部接的取货通知,应及时告之服务人员取货: with two orders, each collection mail names its own"
      + " order's notice even when both are entered before the mails go out")
  void eachOrdersCollectionMailNamesItsOwnNotice() {
    Customer customer = walk.customer(CreditGrade.C, "0");
    String model = "PN-BED-" + suffix();
    walk.openCase(customer, model, null, null);
    ProcessInstance twoOrders = walk.start(customer, model,
        Map.of(Vars.COVERED_BY_WARRANTY, true, Vars.SPLIT_ORDERS, true), DOOR_PANELS,
        PartsCaseDriver.line("Door hinge", "other", "hardware", null, 4));
    walk.approve();
    assertThat(walk.request().orders()).hasSize(2);

    List<Task> notices = taskService.createTaskQuery()
        .processInstanceId(twoOrders.getId()).taskDefinitionKey(Elements.ENTER_PICKUP_NOTICE).list();
    assertThat(notices).hasSize(2);
    for (Task notice : notices) {
      Object orderNo = taskService.getVariable(notice.getId(), Vars.ORDER_NO);
      taskService.complete(notice.getId(), Map.of(Vars.PICKUP_NOTICE_REFERENCE, "TH-ORDER-" + orderNo,
          Vars.PICKUP_PLACE, "Gate " + orderNo));
    }
    walk.runJobs();

    assertThat(walk.mails("parts-collect-goods")).filteredOn(m -> m.recipient().equals("eric@aftersales.example"))
        .hasSize(2).allSatisfy(mail -> {
          String orderNo = mail.subject().replaceAll(".*的订单 (\\d+).*", "$1");
          assertThat(mail.body()).contains("TH-ORDER-" + orderNo, "Gate " + orderNo);
        });
  }

  @Test
  @DisplayName("000 §3.1 (7-10个工作日): the chase cycle is the rulebook's 7 working days unless configured")
  void theChaseCycleIsSevenWorkingDaysUnlessConfigured() {
    assertThat(PartsProperties.defaults().pickupNoticeChaseCycle()).isEqualTo("every 7 working days");
    assertThat(new PartsProperties(null, null, null, null, "every 10 working days").pickupNoticeChaseCycle())
        .isEqualTo("every 10 working days");
  }
}
