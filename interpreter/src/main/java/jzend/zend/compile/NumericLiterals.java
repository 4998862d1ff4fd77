package jzend.zend.compile;

import java.nio.charset.StandardCharsets;

/**
 * The value of the scanner's number tokens: zend_language_scanner.l's LNUM/HNUM/BNUM/ONUM/DNUM
 * actions, with their overflow to float (zend_strtod, zend_hex_strtod, zend_oct_strtod,
 * zend_bin_strtod).
 */
final class NumericLiterals {
    private NumericLiterals() {}

    /** The digits of {@code text} without '_' separators. */
    private static String digits(byte[] text, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            if (text[i] != '_') {
                sb.append((char) text[i]);
            }
        }
        return sb.toString();
    }

    /**
     * The value of an integer literal in {@code radix} with its digits at {@code text[from, to)}:
     * a Long when it fits, else the Double that PHP's *_strtod computes digit by digit (decimal:
     * correctly rounded).
     */
    static Object integer(byte[] text, int from, int to, int radix) {
        String d = digits(text, from, to);
        if (d.isEmpty()) {
            return 0L;
        }
        try {
            return Long.parseLong(d, radix);
        } catch (NumberFormatException overflow) {
            if (radix == 10) {
                return Double.parseDouble(d);
            }
            double value = 0;
            for (int i = 0; i < d.length(); i++) {
                value = value * radix + Character.digit(d.charAt(i), radix);
            }
            return value;
        }
    }

    /** The value of a DNUM/EXPONENT_DNUM literal (zend_strtod). */
    static double dnumber(byte[] text, int from, int to) {
        return Double.parseDouble(digits(text, from, to));
    }

    /** The ASCII text of {@code text[from, to)}. */
    static String ascii(byte[] text, int from, int to) {
        return new String(text, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
