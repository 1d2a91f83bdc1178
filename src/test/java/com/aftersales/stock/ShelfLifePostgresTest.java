package com.aftersales.stock;

import com.aftersales.testsupport.PostgresAvailable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Shelf life on the part label and the batches past it, on PostgreSQL 15: {@link ShelfLifeScenarios}. */
@PostgresAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "pgtest"})
class ShelfLifePostgresTest extends ShelfLifeScenarios {}
