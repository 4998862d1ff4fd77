package jzend.zend.hash;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

/** ZEND_HANDLE_NUMERIC_STR on the cases php 8.2 documents and php -n shows. */
class ZendHandleNumericStrTest {
    @ParameterizedTest
    @CsvSource({"0, 0", "123, 123", "-5, -5", "9223372036854775807, 9223372036854775807",
            "-9223372036854775808, -9223372036854775808", "1000000000000000000, 1000000000000000000"})
    void integerKeys(String s, long expected) {
        assertEquals(expected, ZendHandleNumericStr.handle(s.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "-0", "0123", "00", " 1", "1 ", "1.5", "1e3", "+1", "a", "9223372036854775808",
            "-9223372036854775809", "99999999999999999999", "12345678901234567890", "--1", "0x1A", "1a"})
    void stringKeys(String s) {
        assertNull(ZendHandleNumericStr.handle(s.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
