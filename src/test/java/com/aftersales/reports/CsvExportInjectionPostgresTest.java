package com.aftersales.reports;

import com.aftersales.testsupport.PostgresAvailable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The CSV exports from intake and forms on PostgreSQL 15, the production database. */
@PostgresAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "pgtest"})
class CsvExportInjectionPostgresTest extends CsvExportInjectionTest {}
