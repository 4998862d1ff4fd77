package jzend.zend.ops;

/**
 * Float to text exactly as PHP 8.2: ports of {@code zend_gcvt} (Zend/zend_strtod.c, was php_gcvt),
 * {@code smart_str_append_double} / {@code zend_double_to_str} (Zend/zend_smart_str.c,
 * zend_operators.c), the {@code %H} conversion used by var_dump, and {@code php_conv_fp}
 * (main/snprintf.c, the %e/%f engine of printf and number_format).
 *
 * <p>{@code precision} follows the ini settings: {@code precision=14} for echo/string conversion,
 * {@code serialize_precision=-1} (shortest round-trip, dtoa mode 0) for var_dump, var_export,
 * json_encode. All methods append to a caller-provided {@link ByteBuf}; a {@link Dtoa} scratch
 * holder may be passed to avoid allocating one per call.
 */
public final class DoubleFormat {
    private DoubleFormat() {}

    /** PHP's default ini precision. */
    public static final int DEFAULT_PRECISION = 14;
    /** PHP's default ini serialize_precision. */
    public static final int DEFAULT_SERIALIZE_PRECISION = -1;

    private static final ThreadLocal<Dtoa> SCRATCH = ThreadLocal.withInitial(Dtoa::new);

    private static Dtoa scratch() {
        return SCRATCH.get();
    }

    /**
     * {@code zend_gcvt(value, ndigit, dec_point, exp_char, buf)}: %G-style formatting with
     * {@code ndigit} significant digits (mode 2), or shortest digits when {@code ndigit < 0} (mode 0,
     * exponent threshold 17). INF/NAN print as "INF", "-INF", "NAN" truncated to {@code ndigit} chars
     * (as snprintf(buf, ndigit + 1, …) does).
     */
    public static void gcvt(ByteBuf out, double value, int ndigit, byte decPoint, byte expChar, Dtoa d) {
        boolean mode0 = ndigit < 0;
        if (mode0) {
            ndigit = 17;
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            String s = Double.isNaN(value) ? "NAN" : (value < 0 ? "-INF" : "INF");
            int n = Math.min(s.length(), Math.max(ndigit, 0));
            for (int i = 0; i < n; i++) {
                out.append(s.charAt(i));
            }
            return;
        }
        if (d == null) {
            d = scratch();
        }
        if (mode0) {
            d.mode0(value);
        } else {
            d.mode2(value, ndigit);
        }
        byte[] digits = d.digits;
        int nd = d.ndigits;
        int decpt = d.decpt;
        if (d.sign) {
            out.append('-');
        }
        if (decpt < 0 ? decpt < -3 : decpt > ndigit) {
            // exponential format (e.g. 1.0e+00)
            int e = decpt - 1;
            boolean eneg = e < 0;
            if (eneg) {
                e = -e;
            }
            out.append(digits[0]);
            out.append(decPoint);
            if (nd == 1) {
                out.append('0');
            } else {
                out.append(digits, 1, nd - 1);
            }
            out.append(expChar);
            out.append(eneg ? '-' : '+');
            out.append((long) e);
        } else if (decpt < 0) {
            // standard format 0.
            out.append('0');
            out.append(decPoint);
            out.appendRepeat((byte) '0', -decpt);
            out.append(digits, 0, nd);
        } else {
            // standard format
            int i = 0;
            for (; i < decpt; i++) {
                out.append(i < nd ? digits[i] : (byte) '0');
            }
            if (decpt < nd) {
                if (decpt == 0) {
                    out.append('0');
                }
                out.append(decPoint);
                out.append(digits, decpt, nd - decpt);
            }
        }
    }

    public static void gcvt(ByteBuf out, double value, int ndigit, byte decPoint, byte expChar) {
        gcvt(out, value, ndigit, decPoint, expChar, null);
    }

    /**
     * {@code smart_str_append_double(dest, num, precision, zero_fraction)}: {@code zend_gcvt(num,
     * precision ? precision : 1, '.', 'E')}, plus ".0" when {@code zeroFraction} and the finite result
     * has no '.', 'e' or 'E'. var_export uses (serialize_precision, true), json_encode
     * (serialize_precision, false).
     */
    public static void appendDouble(ByteBuf out, double num, int precision, boolean zeroFraction) {
        int start = out.length();
        gcvt(out, num, precision != 0 ? precision : 1, (byte) '.', (byte) 'E', null);
        if (zeroFraction && Double.isFinite(num)) {
            byte[] a = out.array();
            for (int i = start; i < out.length(); i++) {
                if (a[i] == '.' || a[i] == 'e' || a[i] == 'E') {
                    return;
                }
            }
            out.append('.').append('0');
        }
    }

    /**
     * String conversion of a float ({@code echo}, {@code (string)}, concatenation):
     * {@code zend_double_to_str} with ini {@code precision} (14 by default; -1 means shortest).
     */
    public static void appendForEcho(ByteBuf out, double num, int precision) {
        gcvt(out, num, precision != 0 ? precision : 1, (byte) '.', (byte) 'E', null);
    }

    /** {@link #appendForEcho} with the ini precision (EG(precision)). */
    public static void appendForEcho(ByteBuf out, double num) {
        appendForEcho(out, num, jzend.zend.ExecutorGlobals.precision);
    }

    /**
     * The {@code %.*H} conversion of main/snprintf.c that var_dump / debug_zval_dump / print_r of
     * floats use ({@code serialize_precision}; -1 = shortest): "NAN", "INF", "-INF" or zend_gcvt
     * with '.' and 'E'. var_dump prints {@code float(} + this + {@code )}.
     */
    public static void appendH(ByteBuf out, double num, int precision) {
        if (Double.isNaN(num)) {
            out.appendAscii("NAN");
            return;
        }
        if (Double.isInfinite(num)) {
            out.appendAscii(num > 0 ? "INF" : "-INF");
            return;
        }
        if (precision == 0) {
            precision = 1; // as php 8.2 prints var_dump() with serialize_precision 0: one digit
        }
        gcvt(out, num, precision == -1 ? -1 : precision, (byte) '.', (byte) 'E', null);
    }

    /** var_export() of a float: smart_str_append_double(serialize_precision, zero_frac=true). */
    public static void appendVarExport(ByteBuf out, double num, int serializePrecision) {
        appendDouble(out, num, serializePrecision, true);
    }

    /**
     * json_encode() of a finite float ({@code php_json_encode_double}; the caller rejects INF/NAN with
     * "Inf and NaN cannot be JSON encoded"): {@code php_gcvt(d, serialize_precision, '.', 'e')}, plus
     * ".0" when JSON_PRESERVE_ZERO_FRACTION and the text has no '.'.
     */
    public static void appendJson(ByteBuf out, double num, int serializePrecision, boolean preserveZeroFraction) {
        int start = out.length();
        gcvt(out, num, serializePrecision == 0 ? 1 : serializePrecision, (byte) '.', (byte) 'e', null);
        if (preserveZeroFraction && Double.isFinite(num)) {
            byte[] a = out.array();
            for (int i = start; i < out.length(); i++) {
                if (a[i] == '.') {
                    return;
                }
            }
            out.append('.').append('0');
        }
    }

    /**
     * {@code php_conv_fp(format, num, &is_negative, precision, dec_point, &len, buf)}: fixed ('F')
     * or exponential ('e'/'E') formatting of {@code |num|} with {@code precision} digits after the
     * point (at most 318, NDIG - 2). Appends the unsigned text and returns is_negative ({@code num < 0},
     * so false for -0.0). Non-finite values append "INF"/"NAN"(caller normally handles them) and return false.
     */
    public static boolean convFp(ByteBuf out, byte format, double num, int precision, byte decPoint, Dtoa d) {
        final int NDIG = 320;
        if (precision >= NDIG - 1) {
            precision = NDIG - 2;
        }
        boolean isNegative = num < 0;
        if (isNegative) {
            num = -num;
        }
        if (Double.isNaN(num) || Double.isInfinite(num)) {
            out.appendAscii(Double.isNaN(num) ? "NAN" : "INF");
            return false;
        }
        if (d == null) {
            d = scratch();
        }
        byte[] digits;
        int nd;
        int decimalPoint;
        if (format == 'F') {
            // php_fcvt(num, precision): mode 3, padded with zeros to precision places
            if (num == 0.0) {
                d.digits[0] = '0';
                d.ndigits = 1;
                d.decpt = 0;
                decimalPoint = 0;
            } else {
                d.mode3(num, precision);
                decimalPoint = d.decpt;
            }
        } else {
            // php_ecvt(num, precision + 1): mode 2, padded to precision + 1 digits
            if (num == 0.0) {
                d.digits[0] = '0';
                d.ndigits = 1;
                d.decpt = 1;
                decimalPoint = 1;
            } else {
                d.mode2(num, precision + 1);
                decimalPoint = d.decpt;
            }
        }
        digits = d.digits;
        nd = d.ndigits;
        if (format == 'F') {
            // the padded digit string has max(decpt + precision, 0) digits (for 0.0: max(precision, 1), decpt 0)
            int total = num == 0.0 ? Math.max(precision, 1) : Math.max(decimalPoint + precision, 0);
            if (decimalPoint <= 0) {
                if (num != 0 || precision > 0) {
                    out.append('0');
                    if (precision > 0) {
                        out.append(decPoint);
                        out.appendRepeat((byte) '0', -decimalPoint);
                    }
                }
                appendPadded(out, digits, nd, 0, total);
            } else {
                int addz = decimalPoint >= NDIG ? decimalPoint - NDIG + 1 : 0;
                int dp = decimalPoint - addz;
                appendPadded(out, digits, nd, 0, dp);
                out.appendRepeat((byte) '0', addz);
                if (precision > 0) {
                    out.append(decPoint);
                }
                appendPadded(out, digits, nd, dp, total);
            }
            return isNegative;
        }
        out.append(digits[0]);
        if (precision > 0) {
            out.append('.');
        }
        appendPadded(out, digits, nd, 1, precision + 1);
        if (format != 'F') {
            out.append(format);
            int e = decimalPoint - 1;
            if (e != 0) {
                out.append(e < 0 ? '-' : '+');
                out.append((long) Math.abs(e));
            } else {
                out.append('+').append('0');
            }
        }
        return isNegative;
    }

    private static void appendPadded(ByteBuf out, byte[] digits, int nd, int from, int to) {
        for (int i = from; i < to; i++) {
            out.append(i < nd ? digits[i] : (byte) '0');
        }
    }
}
