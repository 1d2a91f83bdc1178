package com.aftersales.reports.sla;

import com.aftersales.flows.FirstContact;
import com.aftersales.flows.consultation.ConsultationProcess;
import com.aftersales.flows.emergency.EmergencyProcess;
import com.aftersales.flows.exchange.ExchangeProcess;
import com.aftersales.flows.installation.InstallationProcess;
import com.aftersales.flows.maintenance.MaintenanceProcess;
import com.aftersales.flows.parts.PartsProcess;
import com.aftersales.tasklist.DueDateMoves;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First contact: every request gets contact within 24 hours (rulebook 002 客服流程: 客服人员将在24小时内与客户联系). In
 * every flow that has it the contact is one task, {@link FirstContact#CONTACT_CUSTOMER}, due at the case's
 * {@code responseDueAt} (intake's response commitment); the rule is {@link TaskDueCommitment}'s. Complaints have
 * their own commitment (complaint-response); repair's first contact is its assessment.
 */
@Component
@Order(7)
public class FirstContactCommitment extends TaskDueCommitment {

  public static final String ID = "first-contact";
  /** The same id in every model that has a first contact (ModelsAndCodeAgreeTest). */
  static final String TASK = FirstContact.CONTACT_CUSTOMER;
  static final Set<String> PROCESS_KEYS = Set.of(ConsultationProcess.PROCESS_KEY, InstallationProcess.PROCESS_KEY,
      MaintenanceProcess.PROCESS_KEY, EmergencyProcess.PROCESS_KEY, ExchangeProcess.PROCESS_KEY,
      PartsProcess.PROCESS_KEY);

  public FirstContactCommitment(
      ObjectProvider<HistoryService> historyService, CaseNumbers caseNumbers, DueDateMoves moves) {
    super(ID, "First contact within 24 hours",
        "Customer contacted by the response commitment (24 hours): consultation, installation, maintenance, emergency,"
            + " exchange, parts",
        TASK, PROCESS_KEYS, historyService, caseNumbers, moves);
  }
}
