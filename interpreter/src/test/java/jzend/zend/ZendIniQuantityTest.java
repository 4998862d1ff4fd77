package jzend.zend;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * zend_ini_parse_(u)quantity, checked against php 8.2.36: {@code php -n -d memory_limit=V -r 'echo ini_get("memory_limit");'}
 * (the warnings below are the texts php printed after "Invalid "memory_limit" setting. ").
 */
class ZendIniQuantityTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1k|1024", "1K|1024", "2m|2097152", "1g|1073741824", "128M|134217728", "0x10|16", "010|8", "0o10|8",
            "0b11|3", "' 5M'|5242880", "'5M '|5242880", "'5 M'|5242880", "+3M|3145728", "0|0", "''|0", "42|42"})
    void wellFormedQuantities(String value, long expected) {
        ZendIni.Quantity q = ZendIni.zend_ini_parse_uquantity(value);
        assertEquals(expected, q.value());
        assertNull(q.error(), q.error());
    }

    @Test
    void minusOneIsUnlimited() {
        assertEquals(-1L, ZendIni.zend_ini_parse_uquantity("-1").value());
        assertNull(ZendIni.zend_ini_parse_uquantity("-1").error());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5MB|5|Invalid quantity \"5MB\": unknown multiplier \"B\", interpreting as \"5\" for backwards compatibility",
            "5X|5|Invalid quantity \"5X\": unknown multiplier \"X\", interpreting as \"5\" for backwards compatibility",
            "abc|0|Invalid quantity \"abc\": no valid leading digits, interpreting as \"0\" for backwards compatibility",
            "-2|2|Invalid quantity \"-2\": value is out of range, using overflow result for backwards compatibility",
            "1.5M|1048576|Invalid quantity \"1.5M\", interpreting as \"1M\" for backwards compatibility"})
    void malformedQuantitiesWarnAsPhpDoes(String value, long expected, String error) {
        ZendIni.Quantity q = ZendIni.zend_ini_parse_uquantity(value);
        assertEquals(expected, q.value());
        assertEquals(error, q.error());
    }

    @Test
    void signedParseKeepsNegatives() {
        assertEquals(-2048L, ZendIni.zend_ini_parse_quantity("-2K").value());
        assertNull(ZendIni.zend_ini_parse_quantity("-2K").error());
    }

    @Test
    void iniBooleans() {
        for (String t : new String[] {"1", "On", "yes", "TRUE", "2"}) assertTrue(ZendIni.zend_ini_parse_bool(t), t);
        for (String f : new String[] {"", "0", "off", "no", "none", "abc"}) assertFalse(ZendIni.zend_ini_parse_bool(f), f);
    }
}
