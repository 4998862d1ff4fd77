package jzend.ext.standard;

import jzend.zend.ops.ByteBuf;
import jzend.zend.ops.ErrorSink;
import jzend.zend.ops.NumResult;
import jzend.zend.ops.ZType;
import jzend.zend.ops.ZendException;

/**
 * Base conversions of ext/standard/math.c (PHP 8.2): {@code _php_math_basetozval} (bindec, hexdec,
 * octdec, base_convert's input), {@code _php_math_longtobase} / {@code _php_math_longtobase_pwr2}
 * (decbin, decoct, dechex: two's complement for negatives) and {@code _php_math_zvaltobase}.
 */
public final class BaseConvert {
    private BaseConvert() {}

    private static final byte[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /**
     * {@code _php_math_basetozval(str, base)}: skips surrounding whitespace and a "0x"/"0o"/"0b"
     * prefix matching the base, ignores invalid characters with {@code E_DEPRECATED "Invalid
     * characters passed for attempted conversion, these have been ignored"}, and switches to a
     * float once the value exceeds PHP_INT_MAX. Returns IS_LONG or IS_DOUBLE with the value in r.
     */
    public static int baseToNumber(byte[] str, int off, int len, int base, NumResult r, ErrorSink sink) {
        int s = off, e = off + len;
        while (s < e && isSpace(str[s] & 0xFF)) {
            s++;
        }
        while (s < e && isSpace(str[e - 1] & 0xFF)) {
            e--;
        }
        if (e - s >= 2 && str[s] == '0') {
            int c1 = str[s + 1] | 0x20;
            if ((base == 16 && c1 == 'x') || (base == 8 && c1 == 'o') || (base == 2 && c1 == 'b')) {
                s += 2;
            }
        }
        long cutoff = Long.MAX_VALUE / base;
        long cutlim = Long.MAX_VALUE % base;
        long num = 0;
        double fnum = 0;
        boolean isFloat = false;
        int invalid = 0;
        while (s < e) {
            int c = str[s++] & 0xFF;
            if (c >= '0' && c <= '9') {
                c -= '0';
            } else if (c >= 'A' && c <= 'Z') {
                c -= 'A' - 10;
            } else if (c >= 'a' && c <= 'z') {
                c -= 'a' - 10;
            } else {
                invalid++;
                continue;
            }
            if (c >= base) {
                invalid++;
                continue;
            }
            if (!isFloat) {
                if (num < cutoff || (num == cutoff && c <= cutlim)) {
                    num = num * base + c;
                    continue;
                }
                fnum = (double) num;
                isFloat = true;
            }
            fnum = fnum * base + c;
        }
        if (invalid > 0) {
            ErrorSink.report(sink, ErrorSink.E_DEPRECATED,
                    "Invalid characters passed for attempted conversion, these have been ignored");
        }
        if (isFloat) {
            r.dval = fnum;
            return ZType.IS_DOUBLE;
        }
        r.lval = num;
        return ZType.IS_LONG;
    }

    /** {@code _php_math_longtobase(arg, base)}: the unsigned (two's complement) digits of arg. */
    public static void longToBase(ByteBuf out, long arg, int base) {
        byte[] buf = new byte[64];
        int p = 64;
        long value = arg;
        do {
            buf[--p] = DIGITS[(int) Long.remainderUnsigned(value, base)];
            value = Long.divideUnsigned(value, base);
        } while (value != 0);
        out.append(buf, p, 64 - p);
    }

    /** {@code _php_math_zvaltobase} for a float (base_convert beyond PHP_INT_MAX): fmod digit by digit. */
    public static void doubleToBase(ByteBuf out, double value, int base) {
        double fvalue = Math.floor(value);
        if (Double.isInfinite(fvalue)) {
            throw ZendException.valueError("An infinite value cannot be converted to base " + base);
        }
        byte[] buf = new byte[65];
        int p = 64;
        do {
            buf[--p] = DIGITS[(int) (fvalue % base)];
            fvalue /= base;
        } while (p > 0 && Math.abs(fvalue) >= 1);
        out.append(buf, p, 64 - p);
    }

    /**
     * The PHP function base_convert(): ValueError "base_convert(): Argument #2 ($from_base) must be
     * between 2 and 36 (inclusive)" (or #3 ($to_base)) for bad bases.
     */
    public static void baseConvert(ByteBuf out, byte[] num, int fromBase, int toBase, ErrorSink sink) {
        if (fromBase < 2 || fromBase > 36) {
            throw ZendException.valueError("base_convert(): Argument #2 ($from_base) must be between 2 and 36 (inclusive)");
        }
        if (toBase < 2 || toBase > 36) {
            throw ZendException.valueError("base_convert(): Argument #3 ($to_base) must be between 2 and 36 (inclusive)");
        }
        NumResult r = new NumResult();
        if (baseToNumber(num, 0, num.length, fromBase, r, sink) == ZType.IS_DOUBLE) {
            doubleToBase(out, r.dval, toBase);
        } else {
            longToBase(out, r.lval, toBase);
        }
    }
}
