package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsProcess.Typed;
import com.aftersales.flows.parts.PartsWarranty;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Whether the request's lines are decided one by one (000 第五篇 一1, {@link PartsWarranty}): a standalone request,
 * neither covered as a whole nor billed by its case, for a registered product with a known warranty start.
 */
@Component("preparePartWarrantyDelegate")
public class PreparePartWarrantyDelegate implements JavaDelegate {

  private final PartsWarranty warranty;

  public PreparePartWarrantyDelegate(PartsWarranty warranty) {
    this.warranty = warranty;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean called = execution.getProcessInstance().getSuperExecution() != null;
    Typed.PART_WARRANTY_BY_LINE.set(execution,
        !warranty.linesToDecide(Typed.PARTS_REQUEST_NUMBER.required(execution), called).isEmpty());
  }
}
