package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsCatalogues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When a parts form's task is created (record and review the request), its part list is filled with the catalogue
 * of the case's product line as it is now (a task variable of its own: the list is what the specialist was offered).
 */
@Component("partsCatalogueListener")
public class PartsCatalogueListener implements TaskListener {

  /** The task variable the forms' part selects read ({@code valuesKey}). */
  public static final String PARTS_CATALOGUE = "partsCatalogue";

  private final PartsCatalogues catalogues;

  public PartsCatalogueListener(PartsCatalogues catalogues) {
    this.catalogues = catalogues;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(PARTS_CATALOGUE, catalogues.choices((String) task.getVariable("productModel")));
  }
}
