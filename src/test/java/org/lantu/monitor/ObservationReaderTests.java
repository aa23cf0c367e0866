package org.lantu.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The numerics of the shared observation reader, parsed from PostgreSQL's text. */
class ObservationReaderTests {

    @Test
    void trailingZerosAfterThePointGoAndIntegersStayAsWritten() {
        assertThat(ObservationService.decimal("190.50")).isEqualTo(new BigDecimal("190.5"));
        assertThat(ObservationService.decimal("64.0")).isEqualTo(new BigDecimal("64"));
        assertThat(ObservationService.decimal("100")).isEqualTo(new BigDecimal("100"));
        assertThat(ObservationService.decimal("-0.50")).isEqualTo(new BigDecimal("-0.5"));
        assertThat(ObservationService.decimal("0.000")).isEqualTo(new BigDecimal("0"));
        assertThat(ObservationService.decimal("1200.0300")).isEqualTo(new BigDecimal("1200.03"));
    }
}
