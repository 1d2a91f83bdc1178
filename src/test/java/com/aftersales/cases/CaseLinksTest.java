package com.aftersales.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class CaseLinksTest {

  @Autowired CaseLinks links;
  @Autowired CaseService cases;
  @Autowired JdbcTemplate jdbc;

  @Test
  void linkingTheSameCasesAgainKeepsTheFirstLink() {
    String exchange = open("exchange");
    String repair = open("repair");

    CaseLinks.Link first = links.link(repair, exchange, CaseLinks.REPAIR_OF);
    CaseLinks.Link again = links.link(repair, exchange, CaseLinks.REPAIR_OF);
    CaseLinks.Link reverse = links.link(exchange, repair, "related");

    assertThat(again).isEqualTo(first);
    assertThat(reverse).isEqualTo(first);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_link WHERE case_number IN (?, ?)", Integer.class,
        exchange, repair)).isEqualTo(1);
  }

  @Test
  void linksOfACaseShowBothDirections() {
    String repair = open("repair");
    String exchange = open("exchange");
    String laterRepair = open("repair");
    links.link(exchange, repair, CaseLinks.EXCHANGE_OF);
    links.link(laterRepair, exchange, CaseLinks.REPAIR_OF);

    assertThat(links.linksOf(exchange)).extracting(CaseLinks.Link::caseNumber, CaseLinks.Link::relatedCaseNumber,
            CaseLinks.Link::relation)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(exchange, repair, "exchange-of"),
            org.assertj.core.groups.Tuple.tuple(laterRepair, exchange, "repair-of"));
    assertThat(links.linksOf(repair)).singleElement().satisfies(l -> assertThat(l.createdAt()).isNotNull());
    assertThat(links.findLinkedFrom(exchange, CaseLinks.REPAIR_OF)).contains(laterRepair);
    assertThat(links.findLinkedFrom(repair, CaseLinks.REPAIR_OF)).isEmpty();
  }

  @Test
  void aCaseCannotBeLinkedToItselfOrToAMissingCase() {
    String c = open("repair");
    assertThatThrownBy(() -> links.link(c, c, "repair-of")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> links.link(c, "AS-1999-000000", "repair-of"))
        .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    assertThat(links.linksOf(c)).isEmpty();
  }

  private String open(String type) {
    return cases.open(new NewCase(type, "phone", "Wang Fang", "+86 139 0000 0000", null, null, "Scale S-10",
        "SN-1", LocalDate.of(2025, 6, 1), true, "Display flickers", null, null, null, null)).caseNumber();
  }
}
