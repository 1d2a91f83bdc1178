package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.stock.Booking;
import com.aftersales.stock.MovementType;
import com.aftersales.stock.Part;
import com.aftersales.stock.StockScenario;
import com.aftersales.stock.StockService;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A service manager reads the stock below its reorder level in Cockpit, in Chinese and in English: the page shows
 * GET /api/stock/below-reorder row by row; an analyst, who opens Cockpit but not the list, reads a short line.
 */
class CockpitStockBrowserTest extends BrowserScenario {

  static final String COCKPIT = "/camunda/app/cockpit/default/";

  @Autowired TestRestTemplate rest;
  @Autowired StockService stock;

  @Test
  @DisplayName("库存低于再订货点: a Chinese Cockpit lists the part issued under its reorder level with the API's figures")
  void serviceManagerSeesThePartBelowItsReorderLevelInChinese() {
    Part part = partIssuedBelowItsReorderLevel();
    reopenBrowserIn("zh-CN");
    logIn("sam", "用户名", "密码");
    WebElement section = browser.visible(By.cssSelector("#stock-below-reorder[data-state='ready']"));
    browser.step("stock below reorder in Chinese");

    assertThat(section.getText()).contains("库存低于再订货点", "现有库存", "再订货点", "缺口", "采购申请", "配件主仓库")
        .doesNotContain("Stock below", "On hand");
    WebElement row = rowOf("main", part);
    assertThat(figures(row)).containsExactlyInAnyOrderEntriesOf(
        Map.of("quantity", "1", "reorderLevel", "2", "shortBy", "1"));
    assertThat(row.findElement(By.cssSelector("td.stock-purchase")).getText()).isEqualTo("已开立（建议采购 3 个）");
    assertThat(row.getText()).contains("碳粉盒 MX-3070", part.code(), "配件主仓库");
    assertPageIsTheApi(part);
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", section);
    DocsScreens.save(browser, "cockpit-stock-zh-CN.png");
  }

  @Test
  @DisplayName("an English Cockpit lists the same rows in English")
  void serviceManagerSeesThePartBelowItsReorderLevelInEnglish() {
    Part part = partIssuedBelowItsReorderLevel();
    logIn("sam", "Username", "Password");
    WebElement section = browser.visible(By.cssSelector("#stock-below-reorder[data-state='ready']"));
    browser.step("stock below reorder in English");

    assertThat(section.getText()).contains("Stock below its reorder level", "On hand", "Reorder level", "Shortfall",
        "Main parts store").doesNotContain("库存低于再订货点", "现有库存");
    WebElement row = rowOf("main", part);
    assertThat(figures(row)).containsExactlyInAnyOrderEntriesOf(
        Map.of("quantity", "1", "reorderLevel", "2", "shortBy", "1"));
    assertThat(row.findElement(By.cssSelector("td.stock-purchase")).getText()).isEqualTo("open (3 suggested)");
    assertPageIsTheApi(part);
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", section);
    DocsScreens.save(browser, "cockpit-stock-en.png");
  }

  @Test
  @DisplayName("an analyst opens Cockpit but reads only a short line instead of the stock list")
  void anAnalystReadsAShortLineInsteadOfTheList() {
    partIssuedBelowItsReorderLevel();
    reopenBrowserIn("zh-CN");
    logIn("ann", "用户名", "密码");
    WebElement section = browser.visible(By.cssSelector("#stock-below-reorder[data-state='denied']"));
    browser.step("stock below reorder denied");
    assertThat(section.getText()).contains("库存低于再订货点的清单仅供仓库管理员、计划部门和经理查看。")
        .doesNotContain("403", "Forbidden");
    assertThat(section.findElements(By.cssSelector("tr.stock-low"))).isEmpty();
  }

  /** A part of reorder level 2 received 3 times and issued twice to a case: 1 on hand, a purchase of 3 opened. */
  private Part partIssuedBelowItsReorderLevel() {
    Part part = StockScenario.stockedPart(stock, 3);
    stock.book(Booking.of(MovementType.ISSUE, "main", part.code(), 2, "kate", "维修领用")
        .forCase(StockScenario.caseNumber(), null));
    return part;
  }

  /** Every row of the part (each store) on the page has exactly the API's figures and purchase state. */
  private void assertPageIsTheApi(Part part) {
    JsonNode rows = rest.withBasicAuth("sam", "sam").getForObject("/api/stock/below-reorder", JsonNode.class);
    int ofPart = 0;
    for (JsonNode r : rows) {
      if (!r.path("part").asText().equals(part.code())) {
        continue;
      }
      ofPart++;
      WebElement row = rowOf(r.path("store").asText(), part);
      assertThat(figures(row)).containsExactlyInAnyOrderEntriesOf(Map.of("quantity", r.path("quantity").asText(),
          "reorderLevel", r.path("reorderLevel").asText(), "shortBy", r.path("shortBy").asText()));
      WebElement purchase = row.findElement(By.cssSelector("td.stock-purchase"));
      assertThat(purchase.getAttribute("data-open")).isEqualTo(String.valueOf(r.hasNonNull("purchaseOpenedAt")));
      assertThat(purchase.getAttribute("data-suggested-quantity"))
          .isEqualTo(!r.hasNonNull("purchaseSuggestedQuantity") ? "" : r.path("purchaseSuggestedQuantity").asText());
    }
    assertThat(ofPart).isPositive();
    assertThat(browser.driver().findElements(By.cssSelector("tr.stock-low[data-part='" + part.code() + "']")))
        .hasSize(ofPart);
  }

  private WebElement rowOf(String store, Part part) {
    return browser.visible(By.cssSelector("#stock-below-reorder tr.stock-low[data-store='" + store + "'][data-part='"
        + part.code() + "']"));
  }

  private static Map<String, String> figures(WebElement row) {
    Map<String, String> figures = new HashMap<>();
    for (WebElement cell : row.findElements(By.cssSelector("td.stock-figure"))) {
      figures.put(cell.getAttribute("data-figure"), cell.getText().trim());
    }
    return figures;
  }

  /** Logs in on Cockpit's own form, whose placeholders are in the page's language. */
  private void logIn(String user, String usernamePlaceholder, String passwordPlaceholder) {
    browser.open(COCKPIT);
    // a cold Cockpit on a busy machine takes longer than the browser's usual wait to show its login
    new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("input[placeholder='" + usernamePlaceholder + "']")));
    browser.type(By.cssSelector("input[placeholder='" + usernamePlaceholder + "']"), user);
    browser.type(By.cssSelector("input[placeholder='" + passwordPlaceholder + "']"), user);
    browser.click(By.cssSelector("button[type='submit']"));
  }
}
