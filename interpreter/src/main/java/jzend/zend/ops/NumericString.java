package jzend.zend.ops;

import static jzend.zend.ops.ZType.IS_DOUBLE;
import static jzend.zend.ops.ZType.IS_LONG;

/**
 * Numeric strings of PHP 8: port of {@code _is_numeric_string_ex} (Zend/zend_operators.c) and of the
 * string-to-number conversions built on it ({@code zval_get_long}, {@code zval_get_double},
 * {@code zendi_try_convert_scalar_to_number}).
 *
 * <p>Rules (PHP 8.2, verified against php): optional leading whitespace {@code " \t\n\r\v\f"}, optional
 * sign, decimal digits with optional fraction and exponent ({@code ".5"}, {@code "5."},
 * {@code "-.5e-3"}), optional trailing whitespace. Hex ({@code "0x1A"}), binary, octal prefixes,
 * {@code "inf"}/{@code "nan"} and {@code ""} are not numeric. Integers beyond the zend_long range are
 * doubles (with {@link NumResult#oflow} set). With {@code allowErrors}, a leading-numeric string such
 * as {@code "123abc"} is accepted and {@link NumResult#trailingData} is set: arithmetic then emits
 * {@code Warning: A non-numeric value encountered}; a wholly non-numeric string makes arithmetic
 * throw {@code TypeError: Unsupported operand types: string + int} (the executor formats that message).
 */
public final class NumericString {
    private NumericString() {}

    /** MAX_LENGTH_OF_LONG - 1 digits of -ZEND_LONG_MIN. */
    private static final byte[] LONG_MIN_DIGITS = "9223372036854775808".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int MAX_LENGTH_OF_LONG = 20;

    static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f';
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** s[i] as unsigned, or 0 (the NUL terminator of a zend_string) at or past {@code end}. */
    private static int at(byte[] s, int i, int end) {
        return i < end ? s[i] & 0xFF : 0;
    }

    /**
     * {@code _is_numeric_string_ex(str, length, &lval, &dval, allow_errors, &oflow, &trailing)}.
     *
     * @param r receives lval/dval, oflow and trailingData (may be null when only the type matters)
     * @return {@link ZType#IS_LONG}, {@link ZType#IS_DOUBLE} or 0 when not numeric
     */
    public static int isNumericStringEx(byte[] s, int off, int length, NumResult r, boolean allowErrors) {
        if (r != null) {
            r.oflow = 0;
            r.trailingData = false;
        }
        if (length == 0) {
            return 0;
        }
        int str = off;
        int end = off + length;
        while (str < end && isWhitespace(s[str] & 0xFF)) {
            str++;
        }
        int ptr = str;
        boolean neg = false;
        int c = at(s, ptr, end);
        if (c == '-') {
            neg = true;
            ptr++;
        } else if (c == '+') {
            ptr++;
        }
        int type;
        int digits = 0;
        long tmpLval = 0;
        boolean wantDouble = r != null; // the C code has dval != NULL whenever lval is wanted here
        double localDval = 0.0;
        if (isDigit(at(s, ptr, end))) {
            int dpOrE = 0;
            while (at(s, ptr, end) == '0') {
                ptr++;
            }
            type = IS_LONG;
            boolean gotoDouble = false;
            // for (type = IS_LONG; !(digits >= MAX_LENGTH_OF_LONG && (dval || allow_errors)); digits++, ptr++)
            for (;;) {
                if (digits >= MAX_LENGTH_OF_LONG && (wantDouble || allowErrors)) {
                    break;
                }
                int ch = at(s, ptr, end);
                if (isDigit(ch)) {
                    tmpLval = tmpLval * 10 + (ch - '0');
                    digits++;
                    ptr++;
                    continue;
                } else if (ch == '.' && dpOrE < 1) {
                    gotoDouble = true;
                } else if ((ch == 'e' || ch == 'E') && dpOrE < 2) {
                    int e = ptr + 1;
                    int ec = at(s, e, end);
                    if (ec == '-' || ec == '+') {
                        ptr = e++;
                    }
                    if (isDigit(at(s, e, end))) {
                        gotoDouble = true;
                    }
                }
                if (gotoDouble) {
                    // process_double
                    type = IS_DOUBLE;
                    if (wantDouble) {
                        break;
                    } else if (!allowErrors) {
                        dpOrE = (at(s, ptr, end) == '.') ? 1 : 2;
                        ptr++;
                        gotoDouble = false;
                        // goto check_digits: the loop increments digits/ptr only on the continue path
                        continue;
                    }
                    break;
                }
                break;
            }
            if (type == IS_LONG && digits >= MAX_LENGTH_OF_LONG) {
                if (r != null) {
                    r.oflow = at(s, str, end) == '-' ? -1 : 1;
                }
                type = IS_DOUBLE;
                // dp_or_e = -1; process_double
            }
            if (type == IS_DOUBLE && wantDouble) {
                localDval = ZendStrtod.strtod(s, str, end, r);
                ptr = r.end;
            }
        } else if (at(s, ptr, end) == '.' && isDigit(at(s, ptr + 1, end))) {
            type = IS_DOUBLE;
            if (wantDouble) {
                localDval = ZendStrtod.strtod(s, str, end, r);
                ptr = r.end;
            } else if (!allowErrors) {
                // dp_or_e = 1; check the remaining digits / exponent
                ptr++;
                ptr = skipFractionAndExponentCheck(s, ptr, end);
            }
        } else {
            return 0;
        }

        if (ptr != end) {
            int endptr = ptr;
            int len = end;
            while (isWhitespace(at(s, endptr, end)) && endptr < end) {
                endptr++;
                len--;
            }
            if (ptr != len) {
                if (!allowErrors) {
                    return 0;
                }
                if (r != null) {
                    r.trailingData = true;
                }
            }
        }

        if (type == IS_LONG) {
            if (digits == MAX_LENGTH_OF_LONG - 1) {
                int cmp = 0;
                int p = ptr - digits;
                for (int i = 0; i < LONG_MIN_DIGITS.length; i++) {
                    int d = at(s, p + i, end) - LONG_MIN_DIGITS[i];
                    if (d != 0) {
                        cmp = d;
                        break;
                    }
                }
                if (cmp == 0 && at(s, p + LONG_MIN_DIGITS.length, end) != 0) {
                    cmp = 1; // strcmp sees more characters
                }
                if (!(cmp < 0 || (cmp == 0 && at(s, str, end) == '-'))) {
                    if (r != null) {
                        r.dval = ZendStrtod.strtod(s, str, end, null);
                        r.oflow = at(s, str, end) == '-' ? -1 : 1;
                    }
                    return IS_DOUBLE;
                }
            }
            if (r != null) {
                r.lval = neg ? -tmpLval : tmpLval;
            }
            return IS_LONG;
        } else {
            if (r != null) {
                r.dval = localDval;
            }
            return IS_DOUBLE;
        }
    }

    /** The check_digits loop after a leading '.', in the no-dval, no-errors mode (dp_or_e == 1). */
    private static int skipFractionAndExponentCheck(byte[] s, int ptr, int end) {
        int dpOrE = 1;
        for (;;) {
            int ch = at(s, ptr, end);
            if (isDigit(ch)) {
                ptr++;
                continue;
            } else if ((ch == 'e' || ch == 'E') && dpOrE < 2) {
                int e = ptr + 1;
                int ec = at(s, e, end);
                if (ec == '-' || ec == '+') {
                    ptr = e++;
                }
                if (isDigit(at(s, e, end))) {
                    dpOrE = 2;
                    ptr++;
                    continue;
                }
            }
            return ptr;
        }
    }

    /** {@code is_numeric_string(str, len, &lval, &dval, allow_errors)}. */
    public static int isNumericString(byte[] s, int off, int len, NumResult r, boolean allowErrors) {
        return isNumericStringEx(s, off, len, r, allowErrors);
    }

    /** The PHP function {@code is_numeric()} for a string argument. */
    public static boolean isNumeric(byte[] s, int off, int len) {
        return isNumericStringEx(s, off, len, null, false) != 0;
    }

    public static boolean isNumeric(byte[] s) {
        return isNumeric(s, 0, s.length);
    }

    /**
     * {@code zval_get_long()} / {@code (int)} of a string: the numeric prefix (silently), doubles
     * converted with {@link Arith#dvalToLvalCap}, 0 when not numeric.
     */
    public static long toLong(byte[] s, int off, int len, NumResult scratch) {
        int t = isNumericStringEx(s, off, len, scratch, true);
        if (t == IS_LONG) {
            return scratch.lval;
        } else if (t == IS_DOUBLE) {
            return Arith.dvalToLvalCap(scratch.dval);
        }
        return 0;
    }

    public static long toLong(byte[] s) {
        return toLong(s, 0, s.length, new NumResult());
    }

    /** {@code zval_get_double()} / {@code (float)} of a string: {@code zend_strtod} of the text. */
    public static double toDouble(byte[] s, int off, int len) {
        return ZendStrtod.strtod(s, off, off + len, null);
    }

    public static double toDouble(byte[] s) {
        return toDouble(s, 0, s.length);
    }

    /**
     * {@code _zendi_try_convert_scalar_to_number} for a string operand of an arithmetic operator:
     * returns IS_LONG / IS_DOUBLE with the value in {@code r}, reporting
     * {@code E_WARNING "A non-numeric value encountered"} for leading-numeric strings, or 0 when the
     * string is not numeric at all (the caller then throws {@code TypeError "Unsupported operand
     * types: string + int"} with the operator and operand types).
     */
    public static int toNumberForArithmetic(byte[] s, int off, int len, NumResult r, ErrorSink sink) {
        int t = isNumericStringEx(s, off, len, r, true);
        if (t != 0 && r.trailingData) {
            ErrorSink.report(sink, ErrorSink.E_WARNING, "A non-numeric value encountered");
        }
        return t;
    }

    /**
     * {@code zendi_try_get_long} for a string operand of an integer operator ({@code % << >> | & ^}):
     * like {@link #toNumberForArithmetic} but returns the long (doubles capped with
     * {@link Arith#dvalToLvalCap}); returns false when not numeric (caller throws the TypeError).
     */
    public static boolean tryGetLong(byte[] s, int off, int len, NumResult r, ErrorSink sink) {
        int t = toNumberForArithmetic(s, off, len, r, sink);
        if (t == 0) {
            return false;
        }
        if (t == IS_DOUBLE) {
            r.lval = Arith.dvalToLvalCap(r.dval);
        }
        return true;
    }

    /**
     * {@code ZEND_STRTOL(s, &end, base)} = C {@code strtoll}: leading isspace, sign, base 0 (auto
     * 0x / 0 prefixes), 2..36; saturates at ZEND_LONG_MAX/MIN on overflow. End offset in r.end when r != null.
     */
    public static long strtol(byte[] s, int off, int end, int base, NumResult r) {
        int p = off;
        while (p < end && (isWhitespace(s[p] & 0xFF))) {
            p++;
        }
        boolean neg = false;
        int c = at(s, p, end);
        if (c == '-') {
            neg = true;
            p++;
        } else if (c == '+') {
            p++;
        }
        if ((base == 0 || base == 16) && at(s, p, end) == '0' && (at(s, p + 1, end) | 0x20) == 'x'
                && digitValue(at(s, p + 2, end)) < 16) {
            p += 2;
            base = 16;
        } else if (base == 0) {
            base = at(s, p, end) == '0' ? 8 : 10;
        }
        if (base < 2 || base > 36) {
            if (r != null) {
                r.end = off;
            }
            return 0;
        }
        long limit = neg ? Long.MIN_VALUE : -Long.MAX_VALUE; // accumulate negatively
        long acc = 0;
        boolean any = false;
        boolean overflow = false;
        long multmin = limit / base;
        for (;; p++) {
            int d = digitValue(at(s, p, end));
            if (d >= base) {
                break;
            }
            any = true;
            if (overflow) {
                continue;
            }
            if (acc < multmin) {
                overflow = true;
                continue;
            }
            acc *= base;
            if (acc < limit + d) {
                overflow = true;
                continue;
            }
            acc -= d;
        }
        if (r != null) {
            r.end = any ? p : off;
        }
        if (overflow) {
            return neg ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return neg ? acc : -acc;
    }

    static int digitValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int l = c | 0x20;
        if (l >= 'a' && l <= 'z') {
            return l - 'a' + 10;
        }
        return 99;
    }

    /**
     * The PHP function {@code intval($string, $base)} (ext/standard/type.c, PHP 8.2): base 10 is
     * {@link #toLong}; bases 0 and 2 accept a "0b"/"0B" prefix after optional whitespace and sign;
     * everything else is {@code ZEND_STRTOL} (so base 0 honours "0x" and a leading "0" as octal,
     * base 16 accepts "0x").
     */
    public static long intval(byte[] s, int off, int len, int base, NumResult scratch) {
        if (base == 10) {
            return toLong(s, off, len, scratch);
        }
        int end = off + len;
        if (base == 0 || base == 2) {
            int p = off;
            int n = len;
            while (n > 0 && isWhitespace(s[p] & 0xFF)) {
                p++;
                n--;
            }
            if (n > 2) {
                int offset = (s[p] == '-' || s[p] == '+') ? 1 : 0;
                if (s[p + offset] == '0' && (s[p + offset + 1] | 0x20) == 'b') {
                    n -= 2;
                    byte[] tmp = new byte[n];
                    if (offset != 0) {
                        tmp[0] = s[p];
                    }
                    System.arraycopy(s, p + offset + 2, tmp, offset, n - offset);
                    return strtol(tmp, 0, n, 2, null);
                }
            }
        }
        return strtol(s, off, end, base, null);
    }
}
