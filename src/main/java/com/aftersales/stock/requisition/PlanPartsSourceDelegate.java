package com.aftersales.stock.requisition;

import com.aftersales.stock.Part;
import com.aftersales.stock.StepInput;
import com.aftersales.stock.StockService;
import com.aftersales.stock.Store;
import com.aftersales.stock.requisition.RequisitionProcess.Requester;
import com.aftersales.stock.requisition.RequisitionProcess.Vars;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Decides where a repair's parts come from (the repair's parts route, 003 五.3): every stocked line the engineer
 * asked for ({@code stockLines}, when {@code drawFromStore} is ticked) is drawn from the main store as far as the
 * shelf holds it, through a requisition (parts-requisition, approved and issued as any other) that tells the repair
 * what it issued; what the shelf lacks, a part the store does not know, and the made-to-order parts of
 * {@code partsNeeded} go through parts-approval as before. A repair that names no stocked part asks parts-approval
 * for everything, as it always did. The rule is code, not a decision table: it compares the ledger's quantities.
 * Never refuses: a bad line becomes a line for parts-approval, named in {@code partsNeeded}.
 */
@Component("planPartsSourceDelegate")
public class PlanPartsSourceDelegate implements JavaDelegate {

  private final StockService stock;
  private final Requisitions requisitions;

  public PlanPartsSourceDelegate(StockService stock, Requisitions requisitions) {
    this.stock = stock;
    this.requisitions = requisitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Integer> asked = new LinkedHashMap<>();
    List<String> notStocked = new ArrayList<>();
    if (Boolean.TRUE.equals(execution.getVariable(Requester.DRAW_FROM_STORE))) {
      JsonNode lines = RequisitionLines.tree(execution.getVariable(Requester.STOCK_LINES));
      if (lines != null && lines.isArray()) {
        for (JsonNode line : lines) {
          String part = line == null ? "" : line.path("part").asText("").trim();
          int quantity = quantity(line);
          if (part.isEmpty() && quantity == 0) {
            continue;
          }
          if (part.isEmpty() || quantity < 1 || stock.part(part).isEmpty()) {
            notStocked.add((part.isEmpty() ? "?" : part) + " x" + Math.max(quantity, 1));
          } else {
            asked.merge(part, quantity, Integer::sum);
          }
        }
      }
    }
    List<Requisitions.Item> draw = new ArrayList<>();
    for (Map.Entry<String, Integer> e : asked.entrySet()) {
      int onHand = stock.onHand(Store.MAIN.code(), e.getKey());
      int take = Math.min(e.getValue(), Math.min(onHand, RequisitionLines.MAX_QUANTITY));
      if (take > 0 && draw.size() < RequisitionLines.MAX_LINES) {
        draw.add(new Requisitions.Item(e.getKey(), take));
      } else {
        take = 0;
      }
      if (take < e.getValue()) {
        Part part = stock.part(e.getKey()).orElseThrow();
        notStocked.add(e.getKey() + " " + OpenRequisitionDelegate.label(part) + " x" + (e.getValue() - take));
      }
    }
    String needed = StepInput.text(execution, Requester.PARTS_NEEDED);
    if (!notStocked.isEmpty()) {
      String shortfall = "库存不足, 需补件: " + String.join("; ", notStocked);
      execution.setVariable(Requester.PARTS_NEEDED, needed == null ? shortfall : needed + "\n" + shortfall);
    }
    boolean storeDraw = !draw.isEmpty();
    if (storeDraw) {
      String engineer = StepInput.text(execution, Requester.ENGINEER);
      requisitions.start(new Requisitions.Request(execution.getProcessBusinessKey(), draw, Store.MAIN.code(),
          "维修领用 (检测时申请)"), engineer == null ? "system" : engineer, execution.getProcessInstanceId());
    }
    execution.setVariable(Requester.STORE_DRAW, storeDraw);
    execution.setVariable(Requester.PARTS_FROM_FACTORY, !storeDraw || needed != null || !notStocked.isEmpty());
    execution.setVariable(Vars.STORE_SHORT_QUANTITY, 0);
  }

  private static int quantity(JsonNode line) {
    if (line == null || !line.hasNonNull("quantity")) {
      return 0;
    }
    try {
      return new BigDecimal(line.get("quantity").asText().trim()).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      return 0;
    }
  }
}
