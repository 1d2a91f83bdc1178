package com.aftersales.cases;

import com.aftersales.variables.Variable;

/**
 * What damaged the unit, as the repair and exchange forms and warranty-coverage.dmn name it ({@code quality},
 * {@code human}, {@code unknown}): one value set for every flow that asks, since a repair hands its cause to
 * the exchange it opens and the reverse.
 */
public enum DamageCause implements Variable.Code { QUALITY, HUMAN, UNKNOWN }
