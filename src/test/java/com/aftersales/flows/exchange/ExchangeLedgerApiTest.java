package com.aftersales.flows.exchange;

import com.aftersales.flows.exchange.api.ExchangeLedgerController;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftersales.cases.CaseService;
import com.aftersales.security.StaffUser;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The ledger table and GET /api/exchange-ledger: content, idempotency, CSV, date filter, bad input, access. */
@SpringBootTest
@ActiveProfiles("test")
class ExchangeLedgerApiTest {

  static final StaffUser OSCAR = new StaffUser("oscar", List.of("sales-office"));
  static final StaffUser MARY = new StaffUser("mary", List.of("customer-service"));

  @Autowired WebApplicationContext context;
  @Autowired ExchangeRepository ledger;
  @Autowired CaseService cases;
  @Autowired JdbcTemplate jdbc;

  MockMvc mvc;
  /** A year of its own per test run, so rows of other tests never fall into the filtered range. */
  int year;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
    year = 2100 + (int) (System.nanoTime() % 800);
  }

  @Test
  void aLedgerRowHoldsTheWholeExchangeAndIsWrittenOnlyOnce() {
    String caseNumber = newCase();
    LedgerEntry entry = LedgerCsvTest.entry(caseNumber, LocalDate.of(year, 3, 5), "Rotor stops");

    assertThat(ledger.record(entry)).isTrue();
    assertThat(ledger.record(entry)).isFalse();

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM exchange_ledger WHERE case_number = ?", Integer.class,
        caseNumber)).isEqualTo(1);
    assertThat(ledger.find(caseNumber)).contains(entry);
  }

  @Test
  void theLedgerIsServedAsJsonFilteredByExchangeDate() throws Exception {
    String early = record(LocalDate.of(year, 1, 10));
    String inside = record(LocalDate.of(year, 2, 1));
    String lastDay = record(LocalDate.of(year, 2, 28));
    String late = record(LocalDate.of(year, 3, 1));

    mvc.perform(as(OSCAR, get("/api/exchange-ledger").param("from", year + "-02-01").param("to", year + "-02-28")))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].caseNumber").value(inside))
        .andExpect(jsonPath("$[0].exchangeDate").value(year + "-02-01"))
        .andExpect(jsonPath("$[0].newSerialNumber").value("SN-NEW"))
        .andExpect(jsonPath("$[0].regionalManager.by").value("rita"))
        .andExpect(jsonPath("$[0].salesOffice.comment").value("Unit complete, original packaging"))
        .andExpect(jsonPath("$[0].handler").value("sally"))
        .andExpect(jsonPath("$[1].caseNumber").value(lastDay));

    mvc.perform(as(OSCAR, get("/api/exchange-ledger").param("from", year + "-03-01").param("to", year + "-12-31")))
        .andExpect(jsonPath("$[*].caseNumber").value(Matchers.contains(late)));
    mvc.perform(as(OSCAR, get("/api/exchange-ledger").param("to", year + "-01-10")))
        .andExpect(jsonPath("$[*].caseNumber").value(Matchers.hasItem(early)))
        .andExpect(jsonPath("$[*].caseNumber").value(Matchers.not(Matchers.hasItem(inside))));
  }

  @Test
  void withAcceptTextCsvTheLedgerIsACsvFile() throws Exception {
    String caseNumber = newCase();
    ledger.record(LedgerCsvTest.entry(caseNumber, LocalDate.of(year, 6, 1), "Noise, \"grinding\"\nat start"));

    String csv = mvc.perform(as(OSCAR, get("/api/exchange-ledger")
            .param("from", year + "-06-01").param("to", year + "-06-01").accept("text/csv")))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"))
        .andExpect(header().string("Content-Disposition", Matchers.containsString("exchange-ledger.csv")))
        .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(csv).startsWith("exchange_date,case_number,");
    assertThat(csv).contains(year + "-06-01," + caseNumber + ",Li Na,Centrifuge C-200,SN-OLD,SN-NEW,"
        + "\"Noise, \"\"grinding\"\"\nat start\",rita,");
    assertThat(csv.split("\r\n")).hasSize(2);
  }

  @Test
  void badDatesAre400ProblemsNamingTheField() throws Exception {
    mvc.perform(as(OSCAR, get("/api/exchange-ledger").param("from", "2026-13-01").param("to", "tomorrow")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("from", "to")))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("yyyy-MM-dd")));
    mvc.perform(as(OSCAR, get("/api/exchange-ledger").param("from", "2026-03-02").param("to", "2026-03-01")
            .accept("text/csv")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("to"));
  }

  @Test
  void theLedgerIsOnlyForSignedInManagementAndTheSalesOffice() throws Exception {
    mvc.perform(get("/api/exchange-ledger"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(as(MARY, get("/api/exchange-ledger")))
        .andExpect(status().isForbidden())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("sales-office")));
    for (String group : ExchangeLedgerController.READER_GROUPS) {
      mvc.perform(as(new StaffUser("someone", List.of(group)), get("/api/exchange-ledger").param("from", year + "-01-01")))
          .andExpect(status().isOk());
    }
  }

  private String record(LocalDate date) {
    String caseNumber = newCase();
    ledger.record(LedgerCsvTest.entry(caseNumber, date, "Rotor stops"));
    return caseNumber;
  }

  private String newCase() {
    return ExchangeTestFlows.openCase(cases, "exchange", LocalDate.of(2025, 12, 1), true).caseNumber();
  }

  private static MockHttpServletRequestBuilder as(StaffUser user, MockHttpServletRequestBuilder request) {
    return request.requestAttr(StaffUser.REQUEST_ATTRIBUTE, user);
  }
}
