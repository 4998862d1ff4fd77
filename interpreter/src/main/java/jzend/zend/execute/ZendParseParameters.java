package jzend.zend.execute;

import jzend.zend.ZendErrors;
import jzend.zend.ZendFunctionEntry;
import jzend.zend.ZendInternalFunctions;

import static jzend.zend.alloc.NativeMemory.getDouble;
import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;

/**
 * Reading an internal function's arguments from its call frame with PHP's coercions and errors
 * (zend_API.c's Z_PARAM_* fast parameter parsing: zend_parse_arg_bool/long_weak,
 * zend_wrong_parameter_type_error, the null-to-scalar deprecation of PHP 8.1).
 */
public final class ZendParseParameters {
    private ZendParseParameters() {}

    /** The address of argument {@code n} (1-based) of an internal call frame. */
    public static long arg(long ex, int n) {
        return ex + ZendExecuteData.varOffset(n - 1);
    }

    /**
     * ZEND_ARG_USES_STRICT_TYPES: whether the builtin's caller is user code compiled with
     * declare(strict_types=1) — a builtin's callback call (array_map → strlen) never is.
     */
    public static boolean strict(long ex) {
        long caller = ZendExecuteData.prev(ex);
        if (caller == 0) return false;
        int f = ZendExecuteData.func(caller);
        return f >= 0 && ZendFunctions.opArray(f).strictTypes;
    }

    /** Z_PARAM_OPTIONAL Z_PARAM_BOOL: argument {@code n}, or {@code dflt} when not passed. */
    public static boolean optionalBool(long ex, int n, boolean dflt) {
        if (ZendExecuteData.numArgs(ex) < n) return dflt;
        long zv = arg(ex, n);
        int t = getInt(zv + ZendVm.TYPE) & 0xff;
        if (t != ZendVm.IS_TRUE && t != ZendVm.IS_FALSE && strict(ex)) throw typeError(ex, n, "bool", t);
        return switch (t) {
            case ZendVm.IS_TRUE -> true;
            case ZendVm.IS_FALSE -> false;
            case ZendVm.IS_LONG -> getLong(zv) != 0;
            case ZendVm.IS_DOUBLE -> getDouble(zv) != 0.0;
            case ZendVm.IS_NULL -> {
                nullDeprecated(ex, n, "bool");
                yield false;
            }
            default -> throw typeError(ex, n, "bool", t);
        };
    }

    /**
     * Z_PARAM_LONG (zend_parse_arg_long_weak): argument {@code n} as an int. Numeric strings are
     * accepted, others are a TypeError; a float with a fractional part is deprecated (8.1), one
     * outside the int range is a TypeError.
     */
    public static long requiredLong(long ex, int n) {
        long zv = arg(ex, n);
        int t = getInt(zv + ZendVm.TYPE) & 0xff;
        switch (t) {
            case ZendVm.IS_LONG:
                return getLong(zv);
            default:
                if (strict(ex)) throw typeError(ex, n, "int", t);
        }
        switch (t) {
            case ZendVm.IS_TRUE:
                return 1;
            case ZendVm.IS_FALSE:
                return 0;
            case ZendVm.IS_NULL:
                nullDeprecated(ex, n, "int");
                return 0;
            case ZendVm.IS_DOUBLE:
                return doubleToLong(ex, n, getDouble(zv));
            case ZendVm.IS_STRING: {
                byte[] b = jzend.zend.string.ZendString.bytes(getLong(zv));
                jzend.zend.ops.NumResult r = new jzend.zend.ops.NumResult();
                int nt = jzend.zend.ops.NumericString.isNumericStringEx(b, 0, b.length, r, false);
                if (nt == jzend.zend.ops.ZType.IS_LONG) return r.lval;
                if (nt == jzend.zend.ops.ZType.IS_DOUBLE) {
                    if (!jzend.zend.ops.Arith.doubleFitsLong(r.dval)) throw typeError(ex, n, "int", t);
                    return jzend.zend.ops.Arith.dvalToLvalForString(r.dval, b, jzend.zend.Zend::zend_error);
                }
                throw typeError(ex, n, "int", t);
            }
            default:
                throw typeError(ex, n, "int", t);
        }
    }

    private static long doubleToLong(long ex, int n, double d) {
        if (!jzend.zend.ops.Arith.doubleFitsLong(d)) throw typeError(ex, n, "int", ZendVm.IS_DOUBLE);
        return jzend.zend.ops.Arith.dvalToLvalForOperator(d, jzend.zend.Zend::zend_error);
    }

    /**
     * Z_PARAM_STR (zend_parse_arg_str_weak): argument {@code n} as a zend_string. A scalar of
     * another type is converted in place, as PHP does, so the call's argument cleanup frees it.
     */
    public static long requiredString(long ex, int n) {
        long zv = arg(ex, n);
        int t = getInt(zv + ZendVm.TYPE) & 0xff;
        switch (t) {
            case ZendVm.IS_STRING:
                return getLong(zv);
            default:
                if (strict(ex)) throw typeError(ex, n, "string", t);
        }
        switch (t) {
            case ZendVm.IS_NULL:
                nullDeprecated(ex, n, "string");
                // fall through: converted like the other scalars
            case ZendVm.IS_LONG, ZendVm.IS_DOUBLE, ZendVm.IS_TRUE, ZendVm.IS_FALSE: {
                long s = ZendStrings.stringOf(zv);
                ZendVm.setString(zv, s);
                return s;
            }
            default:
                throw typeError(ex, n, "string", t);
        }
    }

    /**
     * Z_PARAM_PATH_STR (zend_parse_arg_path_str): a string argument as for Z_PARAM_STR that must
     * not contain a NUL byte (ValueError "must not contain any null bytes").
     */
    public static long requiredPath(long ex, int n) {
        long s = requiredString(ex, n);
        long val = jzend.zend.string.ZendString.val(s);
        for (long i = 0, len = jzend.zend.string.ZendString.len(s); i < len; i++) {
            if (jzend.zend.alloc.NativeMemory.getByte(val + i) == 0) throw valueError(ex, n, "must not contain any null bytes");
        }
        return s;
    }

    /** Z_PARAM_ARRAY_HT: argument {@code n}'s HashTable, or the TypeError. */
    public static long requiredArray(long ex, int n) {
        long zv = ZendArrayOps.deref(arg(ex, n));
        int t = getInt(zv + ZendVm.TYPE) & 0xff;
        if (t != ZendVm.IS_ARRAY) throw typeError(ex, n, "array", t);
        return getLong(zv);
    }

    /**
     * Z_PARAM_ARRAY_EX(…, 0, 1) on a by-reference parameter (sort, array_push, …): the referenced
     * array separated for writing (SEPARATE_ARRAY), or the TypeError.
     */
    public static long arrayByRef(long ex, int n) {
        long zv = ZendArrayOps.deref(arg(ex, n));
        int t = getInt(zv + ZendVm.TYPE) & 0xff;
        if (t != ZendVm.IS_ARRAY) throw typeError(ex, n, "array", t);
        return jzend.zend.hash.ZendArrays.separateZval(zv);
    }

    /**
     * Z_PARAM_ZVAL of a by-reference parameter (ZEND_TRY_ASSIGN_REF_*): the zval the function
     * writes its result into — the referenced value; assign with ZendVm.assign / set* after
     * releasing (ZendVm.release) what it held.
     */
    public static long refTarget(long ex, int n) {
        return ZendArrayOps.deref(arg(ex, n));
    }

    /** Z_PARAM_OPTIONAL Z_PARAM_LONG. */
    public static long optionalLong(long ex, int n, long dflt) {
        return ZendExecuteData.numArgs(ex) < n ? dflt : requiredLong(ex, n);
    }

    /** Z_PARAM_DOUBLE (zend_parse_arg_double_weak): numbers, numeric strings, bools. */
    public static double requiredDouble(long ex, int n) {
        long zv = arg(ex, n);
        int t = getInt(zv + ZendVm.TYPE) & 0xff;
        if (t != ZendVm.IS_DOUBLE && t != ZendVm.IS_LONG && strict(ex)) throw typeError(ex, n, "float", t);
        return switch (t) {
            case ZendVm.IS_DOUBLE -> getDouble(zv);
            case ZendVm.IS_LONG -> getLong(zv);
            case ZendVm.IS_TRUE -> 1.0;
            case ZendVm.IS_FALSE -> 0.0;
            case ZendVm.IS_NULL -> { nullDeprecated(ex, n, "float"); yield 0.0; }
            case ZendVm.IS_STRING -> {
                byte[] b = jzend.zend.string.ZendString.bytes(getLong(zv));
                jzend.zend.ops.NumResult r = new jzend.zend.ops.NumResult();
                int nt = jzend.zend.ops.NumericString.isNumericStringEx(b, 0, b.length, r, false);
                if (nt == jzend.zend.ops.ZType.IS_LONG) yield r.lval;
                if (nt == jzend.zend.ops.ZType.IS_DOUBLE) yield r.dval;
                throw typeError(ex, n, "float", t);
            }
            default -> throw typeError(ex, n, "float", t);
        };
    }

    /** Port of zend_argument_value_error: ValueError "f(): Argument #n ($x) must …". */
    public static ZendError valueError(long ex, int n, String mustBe) {
        return ZendError.create("ValueError", argument(ex, n) + " " + mustBe);
    }

    /** The message prefix "name(): Argument #n ($param)". */
    private static String argument(long ex, int n) {
        ZendFunctionEntry f = ZendInternalFunctions.entry(ZendExecuteData.func(ex));
        return f.name() + "(): Argument #" + n + " ($" + f.paramName(n) + ")";
    }

    /** Port of zend_wrong_parameter_type_error: TypeError "f(): Argument #1 ($x) must be of type bool, array given". */
    static ZendError typeError(long ex, int n, String expected, int actualType) {
        String given = actualType == ZendExceptions.IS_OBJECT && n <= ZendExecuteData.numArgs(ex)
                ? zend_zval_type_name(arg(ex, n)) : zendZvalTypeName(actualType);
        return ZendError.create("TypeError", argument(ex, n) + " must be of type " + expected + ", " + given + " given");
    }

    /** The 8.1 deprecation for null passed to a non-nullable scalar parameter of an internal function. */
    private static void nullDeprecated(long ex, int n, String type) {
        ZendFunctionEntry f = ZendInternalFunctions.entry(ZendExecuteData.func(ex));
        String param = f.paramName(n);
        jzend.zend.Zend.zend_error(ZendErrors.E_DEPRECATED, f.name() + "(): Passing null to parameter #" + n + " ($" + param
                + ") of type " + type + " is deprecated");
    }

    /** Port of zend_zval_type_name: how errors name a value's type — an object by its class. */
    public static String zend_zval_type_name(long zv) {
        zv = ZendArrayOps.deref(zv);
        int t = jzend.zend.alloc.NativeMemory.getInt(zv + ZendVm.TYPE) & 0xff;
        if (t == ZendExceptions.IS_OBJECT) return ZendExceptions.classOf(jzend.zend.alloc.NativeMemory.getLong(zv)).name;
        return zendZvalTypeName(t);
    }

    /** zend_get_type_by_const as errors use it (zend_zval_type_name without the value: objects are "object"). */
    public static String zendZvalTypeName(int type) {
        return switch (type) {
            case ZendVm.IS_NULL, ZendVm.IS_UNDEF -> "null";
            case ZendVm.IS_FALSE, ZendVm.IS_TRUE -> "bool";
            case ZendVm.IS_LONG -> "int";
            case ZendVm.IS_DOUBLE -> "float";
            case 6 -> "string";
            case 7 -> "array";
            case 8 -> "object";
            case 9 -> "resource";
            default -> "mixed";
        };
    }

    /** Port of zend_wrong_parameters_count_error: "f() expects exactly 1 argument, 2 given". */
    static void checkArgCount(long ex) {
        ZendFunctionEntry f = ZendInternalFunctions.entry(ZendExecuteData.func(ex));
        int n = ZendExecuteData.numArgs(ex), min = f.requiredArgs(), max = f.maxArgs();
        if (n >= min && (max < 0 || n <= max)) return;
        int expected = n < min ? min : max;
        String how = min == max ? "exactly" : n < min ? "at least" : "at most";
        throw ZendError.create("ArgumentCountError", f.name() + "() expects " + how + " " + expected + " argument"
                + (expected == 1 ? "" : "s") + ", " + n + " given");
    }
}
