package com.aftersales.flows.repair;

import com.aftersales.cases.ProductWarranty;
import com.aftersales.cases.ServiceCase;
import com.aftersales.cases.WarrantyProperties;
import com.aftersales.cases.WarrantyTerms;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The warranty statement handed to the customer with the repair (000 第四篇 四(一): the warranty terms are written
 * down, the promise restated and handed over): the product's warranty period from its registration in the installed
 * base ({@link WarrantyTerms#ofCase}), else from the case's purchase date and the model's registered term (else
 * {@code aftersales.warranty-months}), and the terms that apply. It names no person: the service report prints it
 * and the sign-off records it.
 */
@Service
public class WarrantyStatement {

  static final String TERMS = "保修期内非人为损坏免费维修；人为损坏或超出保修期的维修按收费标准收费。";

  private final WarrantyTerms terms;
  private final WarrantyProperties properties;

  public WarrantyStatement(WarrantyTerms terms, WarrantyProperties properties) {
    this.terms = terms;
    this.properties = properties;
  }

  public String of(ServiceCase c) {
    Optional<ProductWarranty> registered = terms.ofCase(c.caseNumber());
    if (registered.isPresent()) {
      return "本产品保修期自 " + registered.get().startsOn() + " 至 " + registered.get().endsOn() + "（依产品登记）。"
          + TERMS;
    }
    if (c.purchaseDate() != null) {
      LocalDate end = c.purchaseDate().plusMonths(terms.months(c.productModel()).orElse(properties.warrantyMonths()));
      return "本产品保修期自 " + c.purchaseDate() + " 至 " + end
          + (Boolean.TRUE.equals(c.purchaseProof()) ? "（依购买凭证）。" : "（购买凭证待补交，以凭证为准）。") + TERMS;
    }
    return "购买日期不明，保修期待客户出示购买凭证后确认。" + TERMS;
  }
}
