package com.aftersales.flows.consultation;

import static com.aftersales.flows.ServiceTypeCases.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.flows.ServiceTypeFlowTest;
import com.aftersales.flows.consultation.ConsultationProcess.Elements;
import com.aftersales.flows.consultation.ConsultationProcess.Status;
import com.aftersales.flows.consultation.ConsultationProcess.Vars;
import com.aftersales.mail.OutboxEntry;
import com.aftersales.reports.sla.Bucket;
import com.aftersales.reports.sla.FirstContactCommitment;
import com.aftersales.reports.sla.SlaCase;
import com.aftersales.reports.sla.SlaReportService;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of consultation.bpmn on the real engine, the engine clock moved to fire the 24-hour answer timer. */
class ConsultationProcessTest extends ServiceTypeFlowTest {

  /** Monday 09:00 in Shanghai, outside every configured holiday. */
  static final Instant T0 = Instant.parse("2031-03-03T01:00:00Z");

  @Autowired ConsultationRepository consultations;
  @Autowired SlaReportService sla;

  @Override
  protected Instant startTime() {
    return T0;
  }

  @Test
  @DisplayName("000 §1.2, 002 客服流程: a question is acknowledged, answered by customer service within 24 hours and closed")
  void questionIsAcknowledgedAnsweredWithin24HoursAndClosed() {
    ProcessInstance pi = cases.start("consultation", "Which detergent suits the CP-3000?");
    String caseNumber = pi.getBusinessKey();

    assertThat(pi).hasPassed(Elements.REGISTER, Elements.SEND_ACKNOWLEDGEMENT);
    Task contact = cases.task(pi, Elements.CONTACT_CUSTOMER);
    assertThat(contact).hasCandidateGroup("customer-service");
    assertThat(contact.getDueDate()).isEqualTo(Date.from(T0.plus(Duration.ofHours(24))));
    assertThat(templates(caseNumber)).containsExactly("consultation-acknowledgement");
    assertThat(caseService.find(caseNumber).orElseThrow().status()).isEqualTo(Status.AWAITING_ANSWER);

    cases.advanceTo(T0.plus(Duration.ofHours(3)), pi);
    cases.complete(pi, Elements.CONTACT_CUSTOMER, vars(
        Vars.KIND, "question", Vars.ANSWER, "Any low-foam detergent; see page 12 of the manual."));

    assertThat(pi).isEnded().hasPassed(Elements.SEND_ANSWER, Elements.CLOSE, Elements.END_CLOSED)
        .hasNotPassed(Elements.COMPILE_FEEDBACK, Elements.NOTIFY_ANSWER_OVERDUE);
    assertThat(templates(caseNumber)).containsExactly("consultation-acknowledgement", "consultation-answer");
    assertThat(outbox.forCase(caseNumber).get(1).body()).contains("low-foam").contains("咨询");
    Consultation c = consultations.find(caseNumber).orElseThrow();
    assertThat(c.kind()).isEqualTo("question");
    assertThat(c.answeredAt()).isEqualTo(T0.plus(Duration.ofHours(3)));
    assertThat(c.answeredInTime()).isTrue();
    assertThat(c.closedAt()).isNotNull();
    assertThat(caseService.find(caseNumber).orElseThrow().status()).isEqualTo(Status.CLOSED);
    assertThat(firstContact(caseNumber).fulfilledAt()).isEqualTo(T0.plus(Duration.ofHours(3)));
    assertThat(sla.period().buckets(firstContact(caseNumber))).contains(Bucket.MET);
  }

  @Test
  @DisplayName("000 第四篇(四): an answer still missing after 24 hours is reported to the service managers; the task stays open")
  void answerMissingAfter24HoursIsReportedToServiceManagers() {
    ProcessInstance pi = cases.start("consultation", "Can the CP-3000 print on A3?");
    String caseNumber = pi.getBusinessKey();

    cases.advanceTo(T0.plus(Duration.ofHours(23)), pi);
    assertThat(pi).hasNotPassed(Elements.TIMER_ANSWER_OVERDUE);
    cases.advanceTo(T0.plus(Duration.ofHours(24)).plusSeconds(1), pi);

    assertThat(pi).hasPassed(Elements.TIMER_ANSWER_OVERDUE, Elements.NOTIFY_ANSWER_OVERDUE)
        .isWaitingAt(Elements.CONTACT_CUSTOMER);
    // one mail per service manager (other tests may add members to the group)
    assertThat(outbox.forCase(caseNumber).stream()
        .filter(m -> m.template().equals("consultation-answer-overdue")).map(OutboxEntry::recipient))
        .contains("sam@aftersales.example");
    assertThat(sla.period().buckets(firstContact(caseNumber))).contains(Bucket.BREACHED);

    cases.complete(pi, Elements.CONTACT_CUSTOMER, vars(Vars.KIND, "question", Vars.ANSWER, "Yes, with tray B."));
    assertThat(pi).isEnded();
    assertThat(consultations.find(caseNumber).orElseThrow().answeredInTime()).isFalse();
  }

  @Test
  @DisplayName("000 第六、七、九条: a suggestion goes in writing to the sales office, on to the general manager, and its follow-through is tracked until done")
  void suggestionIsReportedInstructedAndFollowedThroughUntilDone() {
    ProcessInstance pi = cases.start("consultation", "The paper tray should hold 1000 sheets");
    String caseNumber = pi.getBusinessKey();
    cases.complete(pi, Elements.CONTACT_CUSTOMER, vars(
        Vars.KIND, "suggestion", Vars.ANSWER, "Thank you, we pass it on to the general manager."));

    assertThat(pi).hasPassed(Elements.SEND_ANSWER);
    Task compile = cases.task(pi, Elements.COMPILE_FEEDBACK);
    assertThat(compile).hasCandidateGroup("sales-office");
    assertThat(compile.getDueDate()).isEqualTo(Date.from(Instant.parse("2031-03-05T01:00:00Z")));
    assertThat(runtimeService.getVariable(pi.getId(), Vars.KIND_TEXT)).isEqualTo("建议");
    cases.complete(pi, Elements.COMPILE_FEEDBACK, vars(Vars.FEEDBACK_REPORT, "Customer asks for a 1000-sheet tray."));
    assertThat(caseService.find(caseNumber).orElseThrow().status()).isEqualTo(Status.WITH_GENERAL_MANAGER);

    Task instruction = cases.task(pi, Elements.GIVE_INSTRUCTION);
    assertThat(instruction).hasCandidateGroup("general-manager");
    assertThat(instruction.getDueDate()).isEqualTo(Date.from(Instant.parse("2031-03-06T01:00:00Z")));
    cases.complete(pi, Elements.GIVE_INSTRUCTION, vars(Vars.INSTRUCTION, "Engineering to study a larger tray",
        Vars.ACTION_REQUIRED, true, Vars.RESPONSIBLE_DEPARTMENT, "工程部"));
    assertThat(caseService.find(caseNumber).orElseThrow().status()).isEqualTo(Status.FOLLOW_THROUGH);

    Task track = cases.task(pi, Elements.TRACK_FOLLOW_THROUGH);
    assertThat(track).hasCandidateGroup("sales-office");
    assertThat(track.getDueDate()).isEqualTo(Date.from(Instant.parse("2031-03-17T01:00:00Z")));
    cases.complete(pi, Elements.TRACK_FOLLOW_THROUGH, vars(Vars.FOLLOW_THROUGH_NOTE, "Prototype in test"));
    assertThat(pi).isWaitingAt(Elements.TRACK_FOLLOW_THROUGH);
    cases.complete(pi, Elements.TRACK_FOLLOW_THROUGH, vars(
        Vars.FOLLOW_THROUGH_NOTE, "Larger tray in production", Vars.FOLLOW_THROUGH_DONE, true));

    assertThat(pi).isEnded().hasPassed(Elements.CLOSE);
    Consultation c = consultations.find(caseNumber).orElseThrow();
    assertThat(c.feedbackReport()).contains("1000-sheet");
    assertThat(c.instruction()).contains("Engineering");
    assertThat(c.actionRequired()).isTrue();
    assertThat(c.responsibleDepartment()).isEqualTo("工程部");
    assertThat(c.followThroughChecks()).isEqualTo(2);
    assertThat(c.followThroughDoneAt()).isNotNull();
    assertThat(caseService.records(caseNumber)).extracting(r -> r.action()).containsExactly(
        ConsultationProcess.Actions.ANSWERED, ConsultationProcess.Actions.REPORTED,
        ConsultationProcess.Actions.INSTRUCTED, ConsultationProcess.Actions.FOLLOW_THROUGH,
        ConsultationProcess.Actions.FOLLOW_THROUGH);
  }

  @Test
  @DisplayName("000 第六条: quality feedback the general manager takes note of without action is closed after the instruction")
  void qualityFeedbackWithoutActionClosesAfterTheInstruction() {
    ProcessInstance pi = cases.start("consultation", "Toner smudges on the first page every morning");
    cases.complete(pi, Elements.CONTACT_CUSTOMER, vars(
        Vars.KIND, "quality-feedback", Vars.ANSWER, "Thank you; please run the cleaning cycle."));
    cases.complete(pi, Elements.COMPILE_FEEDBACK, vars(Vars.FEEDBACK_REPORT, "Smudges reported on one unit"));
    cases.complete(pi, Elements.GIVE_INSTRUCTION, vars(Vars.INSTRUCTION, "Noted; watch for more reports"));

    assertThat(pi).isEnded().hasNotPassed(Elements.TRACK_FOLLOW_THROUGH);
    assertThat(consultations.find(pi.getBusinessKey()).orElseThrow().actionRequired()).isFalse();
  }

  @Test
  @DisplayName("an instruction requiring action without a responsible department is refused and leaves the task open")
  void actionWithoutDepartmentIsRefused() {
    ProcessInstance pi = cases.start("consultation", "Make the display brighter");
    cases.complete(pi, Elements.CONTACT_CUSTOMER, vars(Vars.KIND, "suggestion", Vars.ANSWER, "Passed on."));
    cases.complete(pi, Elements.COMPILE_FEEDBACK, vars(Vars.FEEDBACK_REPORT, "Brighter display wanted"));
    Task instruction = cases.task(pi, Elements.GIVE_INSTRUCTION);

    assertThatThrownBy(() -> taskService.complete(instruction.getId(),
        vars(Vars.INSTRUCTION, "Do it", Vars.ACTION_REQUIRED, true)))
        .hasMessageContaining("responsibleDepartment");
    assertThat(pi).isWaitingAt(Elements.GIVE_INSTRUCTION);
  }


  private SlaCase firstContact(String caseNumber) {
    return sla.commitment(FirstContactCommitment.ID).orElseThrow().cases(sla.period()).stream()
        .filter(c -> caseNumber.equals(c.caseNumber())).findFirst().orElseThrow();
  }
}
