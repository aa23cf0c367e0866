package org.lantu.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportsTests {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+86 123", "-5", "@SUM(A1)", "\t=x", "\r=x", "＝HYPERLINK(\"x\")"})
    void aCellThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe(String text) {
        assertThat(Exports.safeCell(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"旗住建局", "2025年", "1,000", "a=b", "", "'quoted"})
    void otherTextStaysAsItIs(String text) {
        assertThat(Exports.safeCell(text)).isEqualTo(text);
    }

    @org.junit.jupiter.api.Test
    void nullStaysNull() {
        assertThat(Exports.safeCell(null)).isNull();
    }
}
