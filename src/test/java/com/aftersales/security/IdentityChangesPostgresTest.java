package com.aftersales.security;

import com.aftersales.testsupport.PostgresAvailable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link IdentityChangesOnTwoNodes} with both nodes on one PostgreSQL 15 database. */
@PostgresAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "pgtest"})
class IdentityChangesPostgresTest extends IdentityChangesOnTwoNodes {}
