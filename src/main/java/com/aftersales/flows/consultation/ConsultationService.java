package com.aftersales.flows.consultation;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.consultation.ConsultationProcess.Actions;
import com.aftersales.flows.consultation.ConsultationProcess.Kind;
import com.aftersales.flows.consultation.ConsultationProcess.Status;
import java.time.Instant;
import org.springframework.stereotype.Service;

/** The consultation record and the case it belongs to, kept in step: every stage sets the case status and notes it. */
@Service
public class ConsultationService {

  private final ConsultationRepository consultations;
  private final CaseService cases;

  public ConsultationService(ConsultationRepository consultations, CaseService cases) {
    this.consultations = consultations;
    this.cases = cases;
  }

  public void register(String caseNumber, String question, Instant now, Instant answerDueAt) {
    consultations.register(caseNumber, question, now, answerDueAt);
    cases.updateStatus(caseNumber, Status.AWAITING_ANSWER);
  }

  public void answer(String caseNumber, Kind kind, String answer, String user, Instant now) {
    consultations.answer(caseNumber, kind.value(), answer, user, now);
    cases.updateStatus(caseNumber, Status.ANSWERED);
    cases.addRecord(caseNumber, new ServiceRecord(Actions.ANSWERED, null, null, null,
        kind.text() + ": " + answer, user, now));
  }

  /** The sales office's written report goes to the general manager (000 article 6). */
  public void report(String caseNumber, String report, String user, Instant now) {
    consultations.report(caseNumber, report);
    cases.updateStatus(caseNumber, Status.WITH_GENERAL_MANAGER);
    cases.addRecord(caseNumber, new ServiceRecord(Actions.REPORTED, null, null, null, report, user, now));
  }

  public void instruction(String caseNumber, String instruction, boolean actionRequired, String department,
      String user, Instant now) {
    if (actionRequired && (department == null || department.isBlank())) {
      throw new IllegalArgumentException("responsibleDepartment is required when action is required");
    }
    consultations.instruction(caseNumber, instruction, actionRequired, department, user, now);
    if (actionRequired) {
      cases.updateStatus(caseNumber, Status.FOLLOW_THROUGH);
    }
    cases.addRecord(caseNumber, new ServiceRecord(Actions.INSTRUCTED, null, null, null,
        instruction + (actionRequired ? " (整改: " + department + ")" : ""), user, now));
  }

  public void followThrough(String caseNumber, String note, boolean done, String user, Instant now) {
    consultations.followThrough(caseNumber, note, done, now);
    cases.addRecord(caseNumber, new ServiceRecord(Actions.FOLLOW_THROUGH, null, null, null,
        (done ? "已落实: " : "未完成: ") + note, user, now));
  }

  public void close(String caseNumber, Instant now) {
    consultations.close(caseNumber, now);
    cases.close(caseNumber, Status.CLOSED);
  }
}
