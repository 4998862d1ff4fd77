package jzend.zend.execute;

import static jzend.zend.alloc.NativeMemory.getDouble;
import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;

/**
 * The out-of-line slow paths of the arithmetic and comparison handlers (zend_operators.c's
 * add_function_slow and friends) for null, bool, int and float operands.
 */
final class ZendArith {
    private ZendArith() {}

    static final int ADD = 1, SUB = 2, MUL = 3;

    /** The operand as a number: null and false are 0, true is 1 (zendi_try_convert_scalar_to_number). */
    private static boolean isDouble(long zv) {
        return (getInt(zv + ZendVm.TYPE) & 0xff) == ZendVm.IS_DOUBLE;
    }

    private static long lval(long zv) {
        int t = getInt(zv + ZendVm.TYPE) & 0xff;
        return switch (t) {
            case ZendVm.IS_LONG -> getLong(zv);
            case ZendVm.IS_TRUE -> 1;
            case ZendVm.IS_NULL, ZendVm.IS_FALSE, ZendVm.IS_UNDEF -> 0;
            default -> throw new UnsupportedOperationException("arithmetic on type " + t + " needs the string/array layer");
        };
    }

    private static double dval(long zv) {
        return isDouble(zv) ? getDouble(zv) : (double) lval(zv);
    }

    /** add/sub/mul_function_slow: long overflow goes to double, as ZEND_SIGNED_MULTIPLY_LONG does. */
    static void binary(int op, long result, long a, long b) {
        if (!isDouble(a) && !isDouble(b)) {
            long x = lval(a), y = lval(b);
            switch (op) {
                case ADD -> {
                    long s = x + y;
                    if (((x ^ s) & (y ^ s)) < 0) ZendVm.setDouble(result, (double) x + (double) y);
                    else ZendVm.setLong(result, s);
                }
                case SUB -> {
                    long s = x - y;
                    if (((x ^ y) & (x ^ s)) < 0) ZendVm.setDouble(result, (double) x - (double) y);
                    else ZendVm.setLong(result, s);
                }
                default -> {
                    long hi = Math.multiplyHigh(x, y), lo = x * y;
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) ZendVm.setLong(result, lo);
                    else ZendVm.setDouble(result, (double) x * (double) y);
                }
            }
            return;
        }
        double x = dval(a), y = dval(b);
        ZendVm.setDouble(result, switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            default -> x * y;
        });
    }

    /** increment_function for non-long operands: null becomes 1, doubles add 1, LONG_MAX overflows. */
    static void increment(long var) {
        int t = getInt(var + ZendVm.TYPE) & 0xff;
        switch (t) {
            case ZendVm.IS_LONG -> ZendVm.setDouble(var, (double) Long.MAX_VALUE + 1.0);
            case ZendVm.IS_DOUBLE -> ZendVm.setDouble(var, getDouble(var) + 1);
            case ZendVm.IS_NULL, ZendVm.IS_UNDEF -> ZendVm.setLong(var, 1);
            case ZendVm.IS_FALSE, ZendVm.IS_TRUE -> { /* bools are not changed by ++ */ }
            default -> throw new UnsupportedOperationException("++ on type " + t + " needs the string/array layer");
        }
    }

    /** decrement_function for non-long operands: null stays null. */
    static void decrement(long var) {
        int t = getInt(var + ZendVm.TYPE) & 0xff;
        switch (t) {
            case ZendVm.IS_LONG -> ZendVm.setDouble(var, (double) Long.MIN_VALUE - 1.0);
            case ZendVm.IS_DOUBLE -> ZendVm.setDouble(var, getDouble(var) - 1);
            case ZendVm.IS_NULL, ZendVm.IS_UNDEF, ZendVm.IS_FALSE, ZendVm.IS_TRUE -> { }
            default -> throw new UnsupportedOperationException("-- on type " + t + " needs the string/array layer");
        }
    }

    /** zend_compare for numbers and null/bool (a bool or null operand compares as booleans). */
    static int compare(long a, long b) {
        int ta = getInt(a + ZendVm.TYPE) & 0xff, tb = getInt(b + ZendVm.TYPE) & 0xff;
        if (ta <= ZendVm.IS_TRUE || tb <= ZendVm.IS_TRUE) {
            boolean x = ZendVm.isTrue(a), y = ZendVm.isTrue(b);
            return Boolean.compare(x, y);
        }
        if (ta == ZendVm.IS_LONG && tb == ZendVm.IS_LONG) return Long.compare(getLong(a), getLong(b));
        double x = dval(a), y = dval(b);
        return x < y ? -1 : x > y ? 1 : x == y ? 0 : 1;
    }
}
