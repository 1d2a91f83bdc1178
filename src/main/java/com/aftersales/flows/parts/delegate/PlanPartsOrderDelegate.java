package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsProcess.Typed;
import com.aftersales.flows.parts.PartsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Plans one production order: lead time of its slowest part from parts-lead-time.dmn, due that many working
 * days from now (the rulebook's 天 read as working days: production does not work weekends and holidays).
 * Variables are local to the order's instance of the multi-instance step.
 */
@Component("planPartsOrderDelegate")
public class PlanPartsOrderDelegate implements JavaDelegate {

  private final PartsService requests;

  public PlanPartsOrderDelegate(PartsService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int orderNo = Typed.ORDER_NO.required(execution);
    PartsService.OrderPlan plan = requests.planOrder(Typed.PARTS_REQUEST_NUMBER.get(execution), orderNo);
    Typed.ORDER_DUE_DATE.setLocal(execution, plan.dueAt());
    Typed.ORDER_LEAD_TIME.setLocal(execution,
        plan.leadTime().minDays() + "-" + plan.leadTime().maxDays() + " 个工作日");
    Typed.ORDER_SUMMARY.setLocal(execution, plan.summary());
  }
}
