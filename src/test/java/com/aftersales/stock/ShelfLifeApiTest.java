package com.aftersales.stock;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Shelf life on the part label and the batches past it, on H2: the scenarios of {@link ShelfLifeScenarios}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ShelfLifeApiTest extends ShelfLifeScenarios {}
