package com.aftersales.stock.api;

import com.aftersales.reports.Csv;
import com.aftersales.stock.Movement;
import com.aftersales.stock.StockLevel;
import java.util.List;

/** Levels and ledger lines as CSV through the shared formula-safe {@link Csv} writer. */
final class StockCsv {

  private StockCsv() {}

  static String levels(List<StockLevel> levels) {
    Csv csv = Csv.withHeaderLine(
        "store,part,name,model,specification,unit,quantity,reorderLevel,atOrBelowReorderLevel,costPrice");
    for (StockLevel l : levels) {
      csv.row(l.store(), l.part(), l.name(), l.model(), l.specification(), l.unit(), l.quantity(), l.reorderLevel(),
          l.atOrBelowReorderLevel(), l.costPrice());
    }
    return csv.toString();
  }

  static String belowReorder(List<com.aftersales.stock.StockService.BelowReorder> rows) {
    Csv csv = Csv.withHeaderLine("store,part,name,model,unit,quantity,reorderLevel,shortBy,"
        + "purchaseSuggestedQuantity,purchaseOpenedAt");
    for (var r : rows) {
      csv.row(r.store(), r.part(), r.name(), r.model(), r.unit(), r.quantity(), r.reorderLevel(), r.shortBy(),
          r.purchaseSuggestedQuantity(), r.purchaseOpenedAt() == null ? null : r.purchaseOpenedAt().toString());
    }
    return csv.toString();
  }

  static String movements(List<Movement> movements) {
    Csv csv = Csv.withHeaderLine("id,type,store,part,quantity,delta,balanceAfter,unitCost,caseNumber,"
        + "requisitionNumber,reference,actor,reason,occurredAt");
    for (Movement m : movements) {
      csv.row(m.id(), m.type().name(), m.store(), m.part(), m.quantity(), m.delta(), m.balanceAfter(), m.unitCost(),
          m.caseNumber(), m.requisitionNumber(), m.reference(), m.actor(), m.reason(), m.occurredAt().toString());
    }
    return csv.toString();
  }
}
