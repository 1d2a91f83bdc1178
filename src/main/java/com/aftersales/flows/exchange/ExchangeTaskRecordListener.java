package com.aftersales.flows.exchange;

import static com.aftersales.flows.exchange.ExchangeProcess.Ids;
import static com.aftersales.flows.exchange.ExchangeProcess.Vars;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * On completing a work task of the exchange flow: checks what the form gave and writes it to the case
 * record (and who did it, where the ledger needs it). An invalid form fails the completion, so nothing of
 * it is stored.
 */
@Component("exchangeTaskRecordListener")
public class ExchangeTaskRecordListener implements TaskListener {

  private final ExchangeCaseRecords records;
  private final IdentityService identityService;

  public ExchangeTaskRecordListener(ExchangeCaseRecords records, IdentityService identityService) {
    this.records = records;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = ExchangeVariables.caseNumber(task);
    String user = ExchangeVariables.completedBy(task, identityService);
    switch (task.getTaskDefinitionKey()) {
      case Ids.CONFIRM_QUALITY_PROBLEM -> records.qualityProblemConfirmed(caseNumber, user,
          ExchangeVariables.string(task, Vars.DAMAGE_CAUSE), ExchangeVariables.string(task, Vars.QUALITY_FINDINGS));
      case Ids.FILL_EXCHANGE_FORM -> {
        records.exchangeFormFilled(caseNumber, user, ExchangeVariables.string(task, Vars.EXCHANGE_REASON));
        task.setVariable(Vars.EXCHANGE_FORM_BY, user);
      }
      case Ids.STORE_RETURNED_UNIT -> {
        records.returnedUnitStored(caseNumber, user,
            ExchangeVariables.string(task, Vars.STORAGE_LOCATION),
            ExchangeVariables.bool(task, Vars.RECEIVED_IN_ORIGINAL_PACKAGING),
            ExchangeVariables.bool(task, Vars.EXCHANGE_FORM_ENCLOSED),
            ExchangeVariables.string(task, Vars.RECEIPT_NOTE));
        task.setVariable(Vars.WAREHOUSE_RECEIVED_BY, user);
        task.setVariable(Vars.WAREHOUSE_RECEIVED_AT, ClockUtil.getCurrentTime());
      }
      // The answer itself is registered by Task_RegisterManufacturerAnswer, for both ways it can arrive.
      case Ids.ENTER_MANUFACTURER_ANSWER -> task.setVariable(Vars.MANUFACTURER_ANSWER_ENTERED_BY, user);
      case Ids.CHASE_MANUFACTURER ->
          records.manufacturerChased(caseNumber, user, ExchangeVariables.string(task, Vars.CHASE_NOTE));
      case Ids.SHIP_UNIT_TO_MANUFACTURER -> records.shippedToManufacturer(caseNumber, user,
          ExchangeVariables.string(task, Vars.CARRIER), ExchangeVariables.string(task, Vars.TRACKING_NUMBER));
      case Ids.DELIVER_NEW_UNIT -> {
        records.newUnitDelivered(caseNumber, user,
            ExchangeVariables.string(task, Vars.NEW_SERIAL_NUMBER),
            ExchangeVariables.bool(task, Vars.CUSTOMER_SIGNED_FOR),
            ExchangeVariables.string(task, Vars.DELIVERY_NOTE));
        task.setVariable(Vars.DELIVERED_BY, user);
        task.setVariable(Vars.DELIVERED_AT, ClockUtil.getCurrentTime());
      }
      case Ids.NEGOTIATE_WITH_CUSTOMER -> records.negotiated(caseNumber, user,
          ExchangeVariables.string(task, Vars.NEGOTIATION_OUTCOME), ExchangeVariables.string(task, Vars.NEGOTIATION_NOTE));
      case Ids.FOLLOW_UP_CALL -> records.followedUp(caseNumber, user,
          ExchangeVariables.integer(task, Vars.SATISFACTION), ExchangeVariables.string(task, Vars.FOLLOW_UP_COMMENTS));
      default -> throw new IllegalStateException("No record kept for task " + task.getTaskDefinitionKey());
    }
  }
}
