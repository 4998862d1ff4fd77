package jzend.zend.execute;

import jzend.zend.ZendType;
import jzend.zend.compile.ZendOpArray;
import jzend.zend.ops.Arith;
import jzend.zend.ops.NumResult;
import jzend.zend.ops.NumericString;
import jzend.zend.ops.ZType;
import jzend.zend.string.ZendString;

import java.nio.charset.StandardCharsets;

import static jzend.zend.alloc.NativeMemory.getDouble;
import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;

/**
 * Scalar type declarations at run time (zend_execute.c: zend_verify_arg_type,
 * zend_verify_return_type, zend_verify_scalar_type_hint with the weak coercions of
 * zend_verify_weak_scalar_type_hint in the order int, float, string, bool; strict_types=1 only
 * widens int to float).
 */
final class ZendTypeChecks {
    private ZendTypeChecks() {}

    private static final NumResult R = new NumResult();

    private static int type(long zv) {
        return getInt(zv + ZendVm.TYPE) & 0xff;
    }

    /** Checks and, in weak mode, coerces the zval in place; false when the value cannot be of the type. */
    static boolean verify(long zv, int mask, boolean strict) {
        int t = type(zv);
        if (t == ZendVm.IS_UNDEF) t = ZendVm.IS_NULL;
        if ((mask & ZendType.bitOf(t)) != 0) return true;
        // callable (zend_is_callable): a function's name or a Closure, never coerced
        if ((mask & ZendType.MAY_BE_CALLABLE) != 0 && ZendCallable.resolve(zv) != ZendCallable.NOT_CALLABLE) return true;
        if (t == ZendVm.IS_LONG && (mask & ZendType.MAY_BE_DOUBLE) != 0) {
            ZendVm.setDouble(zv, (double) getLong(zv)); // int to float is allowed even when strict
            return true;
        }
        if (strict || t == ZendVm.IS_NULL || t > ZendVm.IS_STRING) return false;
        return weak(zv, t, mask);
    }

    /** Port of zend_verify_weak_scalar_type_hint. */
    private static boolean weak(long zv, int t, int mask) {
        if ((mask & ZendType.MAY_BE_LONG) != 0) {
            if ((mask & ZendType.MAY_BE_DOUBLE) != 0 && t == ZendVm.IS_STRING) {
                int nt = numeric(zv);
                if (nt == ZType.IS_LONG) { replace(zv); ZendVm.setLong(zv, R.lval); return true; }
                if (nt == ZType.IS_DOUBLE) { replace(zv); ZendVm.setDouble(zv, R.dval); return true; }
            } else if (longWeak(zv, t)) {
                return true;
            }
        }
        if ((mask & ZendType.MAY_BE_DOUBLE) != 0) {
            if (t == ZendVm.IS_STRING) {
                int nt = numeric(zv);
                if (nt != 0) {
                    double d = nt == ZType.IS_LONG ? R.lval : R.dval;
                    replace(zv);
                    ZendVm.setDouble(zv, d);
                    return true;
                }
            } else if (t == ZendVm.IS_FALSE || t == ZendVm.IS_TRUE) {
                ZendVm.setDouble(zv, t == ZendVm.IS_TRUE ? 1.0 : 0.0);
                return true;
            }
        }
        if ((mask & ZendType.MAY_BE_STRING) != 0 && t != ZendVm.IS_STRING) {
            ZendVm.setString(zv, ZendStrings.stringOf(zv));
            return true;
        }
        if ((mask & ZendType.MAY_BE_BOOL) == ZendType.MAY_BE_BOOL) {
            boolean b = ZendVm.isTrue(zv);
            replace(zv);
            ZendVm.setBool(zv, b);
            return true;
        }
        return false;
    }

    /** zend_parse_arg_long_weak for a type check. */
    private static boolean longWeak(long zv, int t) {
        switch (t) {
            case ZendVm.IS_DOUBLE -> {
                double d = getDouble(zv);
                if (!Arith.doubleFitsLong(d)) return false;
                ZendVm.setLong(zv, Arith.dvalToLvalForOperator(d, jzend.zend.Zend::zend_error));
                return true;
            }
            case ZendVm.IS_STRING -> {
                int nt = numeric(zv);
                if (nt == ZType.IS_LONG) { replace(zv); ZendVm.setLong(zv, R.lval); return true; }
                if (nt == ZType.IS_DOUBLE && Arith.doubleFitsLong(R.dval)) {
                    double d = R.dval;
                    long l = Arith.dvalToLvalForString(d, ZendString.bytes(getLong(zv)), jzend.zend.Zend::zend_error);
                    replace(zv);
                    ZendVm.setLong(zv, l);
                    return true;
                }
                return false;
            }
            case ZendVm.IS_FALSE, ZendVm.IS_TRUE -> {
                ZendVm.setLong(zv, t == ZendVm.IS_TRUE ? 1 : 0);
                return true;
            }
            default -> { return false; }
        }
    }

    /** is_numeric_str_function: IS_LONG/IS_DOUBLE into R, or 0. */
    private static int numeric(long zv) {
        byte[] b = ZendString.bytes(getLong(zv));
        return NumericString.isNumericStringEx(b, 0, b.length, R, false);
    }

    /** Releases the zval's old value before it is overwritten with the coerced one. */
    private static void replace(long zv) {
        ZendVm.freeOp(zv);
    }

    /** What a value's type is called in "…, string given". */
    private static String given(long zv) {
        return ZendParseParameters.zend_zval_type_name(zv);
    }

    /** Port of zend_verify_arg_type / zend_verify_arg_error for argument {@code n} in its CV. */
    static void verifyArg(long ex, int n, long cv, int mask) {
        cv = ZendReference.deref(cv);
        long caller = ZendExecuteData.prev(ex);
        boolean strict = caller != 0 && ZendExecuteData.func(caller) >= 0
                && ZendFunctions.opArray(ZendExecuteData.func(caller)).strictTypes;
        if (verify(cv, mask, strict)) return;
        ZendOpArray fn = ZendFunctions.opArray(ZendExecuteData.func(ex));
        String param = n <= fn.paramNames.length ? new String(fn.paramNames[n - 1], StandardCharsets.ISO_8859_1) : "?";
        String msg = ZendBacktrace.functionName(ex) + "(): Argument #" + n + " ($" + param + ") must be of type "
                + ZendType.toString(mask) + ", " + given(cv) + " given";
        if (caller != 0 && ZendExecuteData.func(caller) >= 0) {
            msg += ", called in " + ZendBacktrace.file(caller) + " on line " + ZendBacktrace.line(caller);
        }
        throw ZendError.create("TypeError", msg);
    }

    /** Port of zend_verify_return_type: {@code value} 0 means "none returned" (falling off the end). */
    static void verifyReturn(long ex, long value, int mask) {
        ZendOpArray fn = ZendFunctions.opArray(ZendExecuteData.func(ex));
        if (mask == ZendType.MAY_BE_NEVER) {
            // ZEND_VERIFY_NEVER_TYPE: only falling off the end gets here (return is a compile error)
            throw ZendError.create("TypeError", ZendBacktrace.functionName(ex) + "(): never-returning function must not implicitly return");
        }
        if (value != 0 && verify(value, mask, fn.strictTypes)) return;
        String what = value == 0 ? "none" : given(value);
        throw ZendError.create("TypeError", ZendBacktrace.functionName(ex) + "(): Return value must be of type "
                + ZendType.toString(mask) + ", " + what + " returned");
    }
}
