package com.aftersales.stock;

import com.aftersales.stock.StockService.CasePart;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What a chargeable repair charges for the stocked parts it used (003 九.1): the ledger's cost price plus the
 * configured handling fee, per part used net of returns, each line rounded to the fen. A repair under warranty
 * charges nothing for its parts.
 */
@Component
public class PartsCharges {

  /** The repair's coverage variable (warranty-coverage.dmn): "warranty" repairs charge no parts. */
  static final String COVERAGE = "coverage";
  static final String WARRANTY = "warranty";

  private final StockService stock;
  private final StockProperties properties;
  private final HistoryService historyService;

  public PartsCharges(StockService stock, StockProperties properties, @Lazy HistoryService historyService) {
    this.stock = stock;
    this.properties = properties;
    this.historyService = historyService;
  }

  /** The case's parts charge, chargeable unless the case's repair is covered by warranty. */
  public Charge of(String caseNumber) {
    String[] instances = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .list().stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    boolean warranty = instances.length > 0 && historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instances).variableName(COVERAGE).list().stream()
        .anyMatch(v -> WARRANTY.equals(v.getValue()));
    return of(caseNumber, !warranty);
  }

  /** One part's charge: its cost (quantity at the cost price of its issues) and the handling fee on it. */
  public record Line(String part, int quantity, BigDecimal cost, BigDecimal handlingFee, BigDecimal amount) {}

  /** The parts charge of a case; zero lines' amounts when the repair is not chargeable. */
  public record Charge(String caseNumber, boolean chargeable, BigDecimal handlingFeeRate, List<Line> lines,
      BigDecimal total) {}

  public Charge of(String caseNumber, boolean chargeable) {
    return price(caseNumber, chargeable, stock.usedByCase(caseNumber), properties.handlingFeeRate());
  }

  static Charge price(String caseNumber, boolean chargeable, List<CasePart> used, BigDecimal rate) {
    List<Line> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (CasePart p : used) {
      BigDecimal cost = p.cost().setScale(2, RoundingMode.HALF_UP);
      BigDecimal fee = chargeable ? cost.multiply(rate).setScale(2, RoundingMode.HALF_UP) : BigDecimal.ZERO.setScale(2);
      BigDecimal amount = chargeable ? cost.add(fee) : BigDecimal.ZERO.setScale(2);
      lines.add(new Line(p.part(), p.quantity(), cost, fee, amount));
      total = total.add(amount);
    }
    return new Charge(caseNumber, chargeable, rate, List.copyOf(lines), total);
  }
}
