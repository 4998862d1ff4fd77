package jzend.zend.hash;

import jzend.zend.alloc.ZendMemoryManager;
import jzend.zend.string.ZendString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

/**
 * ZEND_HANDLE_NUMERIC_STR on the cases php 8.2 documents and php -n shows, on Java bytes and on
 * zend_strings (the executor's allocation-free isIntegerKey/integerKey path).
 */
class ZendHandleNumericStrTest {
    @BeforeEach
    void start() {
        ZendMemoryManager.start_memory_manager(k -> null);
    }

    @AfterEach
    void stop() {
        ZendMemoryManager.shutdown_memory_manager(true, true);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "123, 123", "-5, -5", "9223372036854775807, 9223372036854775807",
            "-9223372036854775808, -9223372036854775808", "1000000000000000000, 1000000000000000000"})
    void integerKeys(String s, long expected) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(expected, ZendHandleNumericStr.handle(b));
        long zs = ZendString.init(b, false);
        try {
            assertTrue(ZendHandleNumericStr.isIntegerKey(zs));
            assertEquals(expected, ZendHandleNumericStr.integerKey(zs));
        } finally {
            ZendString.release(zs);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "-0", "0123", "00", " 1", "1 ", "1.5", "1e3", "+1", "a", "9223372036854775808",
            "-9223372036854775809", "99999999999999999999", "12345678901234567890", "--1", "0x1A", "1a", "-a", "1-"})
    void stringKeys(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        assertNull(ZendHandleNumericStr.handle(b));
        long zs = ZendString.init(b, false);
        try {
            assertFalse(ZendHandleNumericStr.isIntegerKey(zs));
        } finally {
            ZendString.release(zs);
        }
    }
}
