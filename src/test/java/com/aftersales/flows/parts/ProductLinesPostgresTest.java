package com.aftersales.flows.parts;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.PostgresAvailable;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Table product_model_line (V470_1) on PostgreSQL 15: a model's line recorded, moved, listed once, followed by the catalogue. */
@PostgresAvailable
@SpringBootTest
@ActiveProfiles({"test", "pgtest"})
class ProductLinesPostgresTest {

  @Autowired ProductLines productLines;
  @Autowired PartsCatalogues catalogues;

  @Test
  @DisplayName("a model's line is recorded and moved on PostgreSQL; the list holds it once and the catalogue follows")
  void linesOnPostgres() {
    String model = "Pg Analyser " + System.nanoTime();
    assertThat(catalogues.lineOf(model)).isEqualTo(ProductLine.FURNITURE);

    assertThat(productLines.assign(model, ProductLine.INSTRUMENT).line()).isEqualTo("instrument");
    assertThat(catalogues.lineOf(model)).isEqualTo(ProductLine.INSTRUMENT);
    productLines.assign(model, ProductLine.COPIER);

    List<ProductLines.Line> lines = productLines.lines();
    assertThat(lines).extracting(ProductLines.Line::line).containsExactly("furniture", "instrument", "copier");
    assertThat(lines).filteredOn(l -> l.models().contains(model)).extracting(ProductLines.Line::line)
        .containsExactly("copier");
    assertThat(lines.get(2).models()).contains("MX-3070");
    assertThat(catalogues.lineOf(model)).isEqualTo(ProductLine.COPIER);
  }
}
