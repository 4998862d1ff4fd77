package jzend.zend.ops;

import static jzend.zend.ops.ZType.IS_DOUBLE;
import static jzend.zend.ops.ZType.IS_LONG;
import static jzend.zend.ops.ZType.IS_NULL;
import static jzend.zend.ops.ZType.IS_STRING;

/**
 * {@code ++}/{@code --} on strings and null: the string cases of {@code increment_function} /
 * {@code decrement_function} and {@code increment_string} (Zend/zend_operators.c, PHP 8.2).
 *
 * <p>Numeric strings (no trailing data allowed) step as numbers (IS_LONG, or IS_DOUBLE at the
 * zend_long limits / for float strings); {@code ""++} is {@code "1"}, {@code ""--} is {@code -1};
 * other strings increment Perl-style ("a"→"b", "Az"→"Ba", "zz"→"aaa", "a9"→"b0", "Zz"→"AAa",
 * a trailing non-alphanumeric stops the carry: "a-"→"a-") and are left unchanged by {@code --}.
 * null++ is 1, null-- stays null (these are the executor's, listed here for completeness).
 */
public final class StringIncrement {
    private StringIncrement() {}

    private static final int NUMERIC = 2, UPPER_CASE = 1, LOWER_CASE = 0;

    /**
     * {@code $s++} for a string {@code s[off, off+len)}.
     *
     * @return IS_LONG / IS_DOUBLE (value in r) or IS_STRING, the new bytes appended to {@code out}
     */
    public static int increment(byte[] s, int off, int len, NumResult r, ByteBuf out) {
        if (len == 0) {
            out.append('1');
            return IS_STRING;
        }
        int t = NumericString.isNumericStringEx(s, off, len, r, false);
        if (t == IS_LONG) {
            return Arith.increment(r.lval, r);
        } else if (t == IS_DOUBLE) {
            r.dval = r.dval + 1;
            return IS_DOUBLE;
        }
        incrementString(s, off, len, out);
        return IS_STRING;
    }

    /**
     * {@code $s--} for a string: IS_LONG -1 for "", numbers for numeric strings, else IS_STRING
     * meaning "unchanged" (nothing is appended to {@code out}).
     */
    public static int decrement(byte[] s, int off, int len, NumResult r) {
        if (len == 0) {
            r.lval = -1;
            return IS_LONG;
        }
        int t = NumericString.isNumericStringEx(s, off, len, r, false);
        if (t == IS_LONG) {
            return Arith.decrement(r.lval, r);
        } else if (t == IS_DOUBLE) {
            r.dval = r.dval - 1;
            return IS_DOUBLE;
        }
        return IS_STRING;
    }

    /** null++ gives int 1. */
    public static int incrementNull(NumResult r) {
        r.lval = 1;
        return IS_LONG;
    }

    /** null-- stays null. */
    public static int decrementNull() {
        return IS_NULL;
    }

    /** {@code increment_string}: the Perl-style successor of a non-empty string, appended to {@code out}. */
    public static void incrementString(byte[] s, int off, int len, ByteBuf out) {
        int start = out.length();
        out.append('\0'); // room for a carry character
        out.append(s, off, len);
        byte[] a = out.array();
        int base = start + 1;
        int pos = len - 1;
        boolean carry = false;
        int last = 0;
        do {
            int ch = a[base + pos] & 0xFF;
            if (ch >= 'a' && ch <= 'z') {
                if (ch == 'z') {
                    a[base + pos] = 'a';
                    carry = true;
                } else {
                    a[base + pos]++;
                    carry = false;
                }
                last = LOWER_CASE;
            } else if (ch >= 'A' && ch <= 'Z') {
                if (ch == 'Z') {
                    a[base + pos] = 'A';
                    carry = true;
                } else {
                    a[base + pos]++;
                    carry = false;
                }
                last = UPPER_CASE;
            } else if (ch >= '0' && ch <= '9') {
                if (ch == '9') {
                    a[base + pos] = '0';
                    carry = true;
                } else {
                    a[base + pos]++;
                    carry = false;
                }
                last = NUMERIC;
            } else {
                carry = false;
                break;
            }
            if (!carry) {
                break;
            }
        } while (pos-- > 0);
        if (carry) {
            a[start] = (byte) (last == NUMERIC ? '1' : last == UPPER_CASE ? 'A' : 'a');
        } else {
            System.arraycopy(a, base, a, start, len);
            out.setLength(start + len);
        }
    }
}
