package com.aftersales.flows.exchange.delegate;

import com.aftersales.flows.exchange.ExchangeService;

import static com.aftersales.flows.exchange.ExchangeProcess.Ids;
import static com.aftersales.flows.exchange.ExchangeProcess.Vars;

import com.aftersales.cases.StartVariables;
import com.aftersales.flows.exchange.ExchangeProcess.Typed;
import com.aftersales.variables.CurrentUser;
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

  private final ExchangeService records;

  public ExchangeTaskRecordListener(ExchangeService records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = StartVariables.caseNumber(task.getExecution());
    String user = CurrentUser.completing(task);
    switch (task.getTaskDefinitionKey()) {
      case Ids.CONFIRM_QUALITY_PROBLEM -> records.qualityProblemConfirmed(caseNumber, user,
          Typed.DAMAGE_CAUSE.required(task), Typed.QUALITY_FINDINGS.get(task));
      case Ids.FILL_EXCHANGE_FORM -> {
        records.exchangeFormFilled(caseNumber, user, Typed.EXCHANGE_REASON.get(task));
        Typed.EXCHANGE_FORM_BY.set(task, user);
      }
      case Ids.STORE_RETURNED_UNIT -> {
        records.returnedUnitStored(caseNumber, user,
            Typed.STORAGE_LOCATION.get(task),
            Typed.RECEIVED_IN_ORIGINAL_PACKAGING.get(task),
            Typed.EXCHANGE_FORM_ENCLOSED.get(task),
            Typed.RECEIPT_NOTE.get(task));
        Typed.WAREHOUSE_RECEIVED_BY.set(task, user);
        Typed.WAREHOUSE_RECEIVED_AT.set(task, ClockUtil.getCurrentTime());
      }
      // The answer itself is registered by Task_RegisterManufacturerAnswer, for both ways it can arrive.
      case Ids.ENTER_MANUFACTURER_ANSWER -> Typed.MANUFACTURER_ANSWER_ENTERED_BY.set(task, user);
      case Ids.CHASE_MANUFACTURER ->
          records.manufacturerChased(caseNumber, user, Typed.CHASE_NOTE.get(task));
      case Ids.SHIP_UNIT_TO_MANUFACTURER -> records.shippedToManufacturer(caseNumber, user,
          Typed.CARRIER.get(task), Typed.TRACKING_NUMBER.get(task));
      case Ids.DELIVER_NEW_UNIT -> {
        records.newUnitDelivered(caseNumber, user,
            Typed.NEW_SERIAL_NUMBER.get(task),
            Typed.CUSTOMER_SIGNED_FOR.get(task),
            Typed.DELIVERY_NOTE.get(task));
        Typed.DELIVERED_BY.set(task, user);
        Typed.DELIVERED_AT.set(task, ClockUtil.getCurrentTime());
      }
      case Ids.NEGOTIATE_WITH_CUSTOMER -> records.negotiated(caseNumber, user,
          Typed.NEGOTIATION_OUTCOME.required(task), Typed.NEGOTIATION_NOTE.get(task));
      case Ids.FOLLOW_UP_CALL -> records.followedUp(caseNumber, user,
          Typed.SATISFACTION.get(task), Typed.FOLLOW_UP_COMMENTS.get(task));
      default -> throw new IllegalStateException("No record kept for task " + task.getTaskDefinitionKey());
    }
  }
}
