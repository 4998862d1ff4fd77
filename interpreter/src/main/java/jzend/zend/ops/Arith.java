package jzend.zend.ops;

import static jzend.zend.ops.ZType.IS_DOUBLE;
import static jzend.zend.ops.ZType.IS_LONG;

/**
 * Arithmetic with PHP 8.2's overflow and error rules, over primitives (Zend/zend_operators.c:
 * {@code add/sub/mul/div/mod/pow_function_base}, {@code shift_left/right_function},
 * {@code ZEND_SIGNED_MULTIPLY_LONG}, {@code zend_dval_to_lval[_cap]}, ext/standard's intdiv/fmod).
 *
 * <p>Methods with a {@link NumResult} parameter return {@link ZType#IS_LONG} or {@link ZType#IS_DOUBLE}
 * and store the value in {@code r.lval} / {@code r.dval}. Errors are thrown as {@link ZendException}
 * with PHP's class and message: {@code DivisionByZeroError "Division by zero"} / {@code "Modulo by
 * zero"}, {@code ArithmeticError "Division of PHP_INT_MIN by -1 is not an integer"} and
 * {@code "Bit shift by negative number"}.
 */
public final class Arith {
    private Arith() {}

    private static final double TWO_POW_63 = 9223372036854775808.0;
    private static final double TWO_POW_64 = 18446744073709551616.0;

    /** ZEND_DOUBLE_FITS_LONG(d): -2^63 <= d < 2^63. */
    public static boolean doubleFitsLong(double d) {
        return !(d >= TWO_POW_63 || d < -TWO_POW_63);
    }

    /**
     * {@code zend_dval_to_lval} (PHP 8.2, 64-bit): NaN and ±INF give 0; out-of-range values wrap
     * modulo 2^64 ({@code (int)1e20 === 7766279631452241920}); in-range values truncate.
     */
    public static long dvalToLval(double d) {
        if (!Double.isFinite(d)) {
            return 0;
        } else if (!doubleFitsLong(d)) {
            return dvalToLvalSlow(d);
        }
        return (long) d;
    }

    /** {@code zend_dval_to_lval_slow}: dmod = fmod(d, 2^64), made positive, as unsigned. */
    static long dvalToLvalSlow(double d) {
        double dmod = d % TWO_POW_64;
        if (dmod < 0) {
            dmod += TWO_POW_64;
        }
        // (zend_long)(zend_ulong)dmod
        if (dmod >= TWO_POW_63) {
            return (long) (dmod - TWO_POW_63) + Long.MIN_VALUE;
        }
        return (long) dmod;
    }

    /**
     * {@code zend_dval_to_lval_cap}: like {@link #dvalToLval} but saturating to PHP_INT_MAX / PHP_INT_MIN
     * (used for numeric strings holding floats: {@code (int)"1e100" === PHP_INT_MAX}).
     */
    public static long dvalToLvalCap(double d) {
        if (!Double.isFinite(d)) {
            return 0;
        } else if (!doubleFitsLong(d)) {
            return d > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return (long) d;
    }

    /** {@code zend_is_long_compatible(d, l)}: {@code (double) l == d}. */
    public static boolean isLongCompatible(double d, long l) {
        return (double) l == d;
    }

    /**
     * Float operand of an integer operator ({@code % << >> & | ^ ~}, array offsets): {@link #dvalToLval}
     * plus PHP 8.1's {@code E_DEPRECATED "Implicit conversion from float %s to int loses precision"}
     * (the float printed as var_dump does) when the value is not integral or out of range.
     */
    public static long dvalToLvalForOperator(double d, ErrorSink sink) {
        long l = dvalToLval(d);
        if (!isLongCompatible(d, l) && sink != null) {
            ByteBuf b = new ByteBuf(32);
            DoubleFormat.appendH(b, d, -1);
            sink.error(ErrorSink.E_DEPRECATED, "Implicit conversion from float " + b + " to int loses precision");
        }
        return l;
    }

    /**
     * zend_dval_to_lval of a numeric string's float value, with zend_incompatible_string_to_long_error:
     * "Implicit conversion from float-string "1.5" to int loses precision".
     */
    public static long dvalToLvalForString(double d, byte[] str, ErrorSink sink) {
        long l = dvalToLval(d);
        if (!isLongCompatible(d, l) && sink != null) {
            sink.error(ErrorSink.E_DEPRECATED, "Implicit conversion from float-string \"" + new String(str, java.nio.charset.StandardCharsets.ISO_8859_1)
                    + "\" to int loses precision");
        }
        return l;
    }

    /** long + long: on overflow the double sum {@code (double)a + (double)b} (fast_long_add_function). */
    public static int add(long a, long b, NumResult r) {
        long s = a + b;
        if (((a ^ s) & (b ^ s)) < 0) {
            r.dval = (double) a + (double) b;
            return IS_DOUBLE;
        }
        r.lval = s;
        return IS_LONG;
    }

    /** long - long: on overflow {@code (double)a - (double)b}. */
    public static int sub(long a, long b, NumResult r) {
        long s = a - b;
        if (((a ^ b) & (a ^ s)) < 0) {
            r.dval = (double) a - (double) b;
            return IS_DOUBLE;
        }
        r.lval = s;
        return IS_LONG;
    }

    /** long * long: {@code ZEND_SIGNED_MULTIPLY_LONG}, on overflow {@code (double)a * (double)b}. */
    public static int mul(long a, long b, NumResult r) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            r.lval = lo;
            return IS_LONG;
        }
        r.dval = (double) a * (double) b;
        return IS_DOUBLE;
    }

    /** Overflow test of ZEND_SIGNED_MULTIPLY_LONG. */
    private static boolean mulOverflows(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return !((hi == 0 && lo >= 0) || (hi == -1 && lo < 0));
    }

    /**
     * long / long (div_function_base): DivisionByZeroError "Division by zero" for 0; PHP_INT_MIN / -1
     * is the double 9.2233720368547758E+18; exact quotients stay int, others are doubles.
     */
    public static int div(long a, long b, NumResult r) {
        if (b == 0) {
            throw ZendException.divisionByZero("Division by zero");
        } else if (b == -1 && a == Long.MIN_VALUE) {
            r.dval = (double) Long.MIN_VALUE / -1;
            return IS_DOUBLE;
        }
        if (a % b == 0) {
            r.lval = a / b;
            return IS_LONG;
        }
        r.dval = ((double) a) / b;
        return IS_DOUBLE;
    }

    /** double / double (also mixed, after widening): DivisionByZeroError "Division by zero" when b == 0. */
    public static double div(double a, double b) {
        if (b == 0) {
            throw ZendException.divisionByZero("Division by zero");
        }
        return a / b;
    }

    /** {@code %} on longs (mod_function): DivisionByZeroError "Modulo by zero"; x % -1 is 0; sign of the dividend. */
    public static long mod(long a, long b) {
        if (b == 0) {
            throw ZendException.divisionByZero("Modulo by zero");
        }
        if (b == -1) {
            return 0;
        }
        return a % b;
    }

    /** The PHP function intdiv(). */
    public static long intdiv(long a, long b) {
        if (b == 0) {
            throw ZendException.divisionByZero("Division by zero");
        } else if (b == -1 && a == Long.MIN_VALUE) {
            throw ZendException.arithmetic("Division of PHP_INT_MIN by -1 is not an integer");
        }
        return a / b;
    }

    /** The PHP function fmod(): C fmod (exact remainder, sign of the dividend). */
    public static double fmod(double a, double b) {
        return a % b;
    }

    /** {@code <<}: ArithmeticError "Bit shift by negative number"; shifts >= 64 give 0. */
    public static long shiftLeft(long a, long b) {
        if (b < 0) {
            throw ZendException.arithmetic("Bit shift by negative number");
        }
        if (b >= 64) {
            return 0;
        }
        return a << b;
    }

    /** {@code >>} (arithmetic): ArithmeticError for negative shifts; shifts >= 64 give 0 or -1. */
    public static long shiftRight(long a, long b) {
        if (b < 0) {
            throw ZendException.arithmetic("Bit shift by negative number");
        }
        if (b >= 64) {
            return a < 0 ? -1 : 0;
        }
        return a >> b;
    }

    /**
     * long ** long (pow_function_base): exponentiation by squaring in longs, switching to doubles
     * on overflow exactly as PHP does; negative exponents give {@code pow((double)a, (double)b)}
     * (so {@code 0 ** -1} is INF in 8.2, no error).
     */
    public static int pow(long base, long exp, NumResult r) {
        if (exp >= 0) {
            long l1 = 1, l2 = base, i = exp;
            if (i == 0) {
                r.lval = 1;
                return IS_LONG;
            } else if (l2 == 0) {
                r.lval = 0;
                return IS_LONG;
            }
            while (i >= 1) {
                if (i % 2 != 0) {
                    --i;
                    if (mulOverflows(l1, l2)) {
                        double dval = (double) l1 * (double) l2;
                        r.dval = dval * FloatPow.pow((double) l2, (double) i);
                        return IS_DOUBLE;
                    }
                    l1 = l1 * l2;
                } else {
                    i /= 2;
                    if (mulOverflows(l2, l2)) {
                        double dval = (double) l2 * (double) l2;
                        r.dval = (double) l1 * FloatPow.pow(dval, (double) i);
                        return IS_DOUBLE;
                    }
                    l2 = l2 * l2;
                }
            }
            r.lval = l1;
            return IS_LONG;
        }
        r.dval = FloatPow.pow((double) base, (double) exp);
        return IS_DOUBLE;
    }

    /** double ** double: C pow(). */
    public static double pow(double a, double b) {
        return FloatPow.pow(a, b);
    }

    /** {@code ++} on a long (fast_long_increment_function): PHP_INT_MAX + 1 becomes a double. */
    public static int increment(long a, NumResult r) {
        if (a == Long.MAX_VALUE) {
            r.dval = (double) a + 1.0;
            return IS_DOUBLE;
        }
        r.lval = a + 1;
        return IS_LONG;
    }

    /** {@code --} on a long: PHP_INT_MIN - 1 becomes a double. */
    public static int decrement(long a, NumResult r) {
        if (a == Long.MIN_VALUE) {
            r.dval = (double) a - 1.0;
            return IS_DOUBLE;
        }
        r.lval = a - 1;
        return IS_LONG;
    }

    /** Unary minus of a long ({@code mul_function(-1)} semantics): -PHP_INT_MIN is a double. */
    public static int negate(long a, NumResult r) {
        return mul(a, -1, r);
    }
}
