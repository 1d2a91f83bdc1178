package com.aftersales.engine;

import com.aftersales.testsupport.PostgresAvailable;
import org.springframework.test.context.ActiveProfiles;

@PostgresAvailable
@ActiveProfiles({"test", "pgtest"})
class LongTaskDescriptionPostgresTest extends LongTaskDescriptionTest {}
