package jzend.ext.standard;

import jzend.zend.ZendFunctionEntry;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.execute.ZendArrayOps;
import jzend.zend.execute.ZendVm;
import jzend.zend.string.ZendString;

import static jzend.zend.execute.ZendParseParameters.arg;

/**
 * ext/standard/type.c and math.c: type predicates and names, conversions, and the math
 * functions that take numbers.
 */
public final class TypeFunctions {
    private TypeFunctions() {}

    private static final String OWNER = "jzend/ext/standard/TypeFunctions";

    public static final ZendFunctionEntry[] FUNCTIONS = {
        new ZendFunctionEntry("gettype", OWNER, "gettype", 1, "value"),
        new ZendFunctionEntry("get_debug_type", OWNER, "get_debug_type", 1, "value"),
        new ZendFunctionEntry("is_int", OWNER, "is_int", 1, "value"),
        new ZendFunctionEntry("is_integer", OWNER, "is_int", 1, "value"),
        new ZendFunctionEntry("is_long", OWNER, "is_int", 1, "value"),
        new ZendFunctionEntry("is_float", OWNER, "is_float", 1, "value"),
        new ZendFunctionEntry("is_double", OWNER, "is_float", 1, "value"),
        new ZendFunctionEntry("is_string", OWNER, "is_string", 1, "value"),
        new ZendFunctionEntry("is_bool", OWNER, "is_bool", 1, "value"),
        new ZendFunctionEntry("is_array", OWNER, "is_array", 1, "value"),
        new ZendFunctionEntry("is_null", OWNER, "is_null", 1, "value"),
        new ZendFunctionEntry("is_object", OWNER, "is_object", 1, "value"),
        new ZendFunctionEntry("is_scalar", OWNER, "is_scalar", 1, "value"),
        new ZendFunctionEntry("is_numeric", OWNER, "is_numeric", 1, "value"),
        new ZendFunctionEntry("is_nan", OWNER, "is_nan", 1, "num"),
        new ZendFunctionEntry("is_finite", OWNER, "is_finite", 1, "num"),
        new ZendFunctionEntry("is_infinite", OWNER, "is_infinite", 1, "num"),
        new ZendFunctionEntry("intdiv", OWNER, "intdiv", 2, "num1", "num2"),
        new ZendFunctionEntry("fmod", OWNER, "fmod", 2, "num1", "num2"),
        new ZendFunctionEntry("abs", OWNER, "abs", 1, "num"),
    };

    private static int type(long ex) {
        int t = NativeMemory.getInt(ZendArrayOps.deref(arg(ex, 1)) + 8) & 0xff;
        return t == ZendVm.IS_UNDEF ? ZendVm.IS_NULL : t;
    }

    /** PHP_FUNCTION(gettype): the historical names ("integer", "double", "NULL"). */
    public static void gettype(long ex, long rv) {
        String name = switch (type(ex)) {
            case ZendVm.IS_NULL -> "NULL";
            case ZendVm.IS_FALSE, ZendVm.IS_TRUE -> "boolean";
            case ZendVm.IS_LONG -> "integer";
            case ZendVm.IS_DOUBLE -> "double";
            case ZendVm.IS_STRING -> "string";
            case ZendVm.IS_ARRAY -> "array";
            case jzend.zend.execute.ZendExceptions.IS_OBJECT -> "object";
            default -> "unknown type";
        };
        ZendVm.setString(rv, ZendString.init(name.getBytes(), false));
    }

    /** PHP_FUNCTION(get_debug_type): the modern names ("int", "float", "null"), an object's class. */
    public static void get_debug_type(long ex, long rv) {
        String name = switch (type(ex)) {
            case ZendVm.IS_NULL -> "null";
            case ZendVm.IS_FALSE, ZendVm.IS_TRUE -> "bool";
            case ZendVm.IS_LONG -> "int";
            case ZendVm.IS_DOUBLE -> "float";
            case ZendVm.IS_STRING -> "string";
            case ZendVm.IS_ARRAY -> "array";
            case jzend.zend.execute.ZendExceptions.IS_OBJECT -> {
                // RETURN_STR_COPY(ce->name): the class's interned name
                String cls = jzend.zend.execute.ZendObjectHandlers.ce(NativeMemory.getLong(ZendArrayOps.deref(arg(ex, 1)))).name;
                ZendVm.setString(rv, jzend.zend.string.ZendInternedStrings.permanent(cls.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
                yield null;
            }
            default -> "mixed";
        };
        if (name != null) ZendVm.setString(rv, ZendString.init(name.getBytes(), false));
    }

    public static void is_int(long ex, long rv) { ZendVm.setBool(rv, type(ex) == ZendVm.IS_LONG); }
    public static void is_float(long ex, long rv) { ZendVm.setBool(rv, type(ex) == ZendVm.IS_DOUBLE); }
    public static void is_string(long ex, long rv) { ZendVm.setBool(rv, type(ex) == ZendVm.IS_STRING); }
    public static void is_bool(long ex, long rv) { ZendVm.setBool(rv, type(ex) == ZendVm.IS_FALSE || type(ex) == ZendVm.IS_TRUE); }
    public static void is_array(long ex, long rv) { ZendVm.setBool(rv, type(ex) == ZendVm.IS_ARRAY); }
    public static void is_null(long ex, long rv) { ZendVm.setBool(rv, type(ex) == ZendVm.IS_NULL); }
    public static void is_object(long ex, long rv) { ZendVm.setBool(rv, type(ex) == jzend.zend.execute.ZendExceptions.IS_OBJECT); }
    public static void is_scalar(long ex, long rv) { int t = type(ex); ZendVm.setBool(rv, t >= ZendVm.IS_FALSE && t <= ZendVm.IS_STRING); }

    /** PHP_FUNCTION(is_numeric): ints, floats and numeric strings (whitespace allowed as PHP 8). */
    public static void is_numeric(long ex, long rv) {
        int t = type(ex);
        if (t == ZendVm.IS_LONG || t == ZendVm.IS_DOUBLE) { ZendVm.setBool(rv, true); return; }
        if (t != ZendVm.IS_STRING) { ZendVm.setBool(rv, false); return; }
        byte[] b = ZendString.bytes(NativeMemory.getLong(ZendArrayOps.deref(arg(ex, 1))));
        ZendVm.setBool(rv, jzend.zend.ops.NumericString.isNumericStringEx(b, 0, b.length, new jzend.zend.ops.NumResult(), false) != 0);
    }

    public static void is_nan(long ex, long rv) { ZendVm.setBool(rv, Double.isNaN(jzend.zend.execute.ZendParseParameters.requiredDouble(ex, 1))); }
    public static void is_finite(long ex, long rv) { ZendVm.setBool(rv, Double.isFinite(jzend.zend.execute.ZendParseParameters.requiredDouble(ex, 1))); }
    public static void is_infinite(long ex, long rv) { ZendVm.setBool(rv, Double.isInfinite(jzend.zend.execute.ZendParseParameters.requiredDouble(ex, 1))); }

    /** PHP_FUNCTION(intdiv): DivisionByZeroError / ArithmeticError as PHP throws them. */
    public static void intdiv(long ex, long rv) {
        long a = jzend.zend.execute.ZendParseParameters.requiredLong(ex, 1), b = jzend.zend.execute.ZendParseParameters.requiredLong(ex, 2);
        try {
            ZendVm.setLong(rv, jzend.zend.ops.Arith.intdiv(a, b));
        } catch (jzend.zend.ops.ZendException e) {
            throw jzend.zend.execute.ZendError.create(e.phpClass(), e.getMessage());
        }
    }

    /** PHP_FUNCTION(fmod). */
    public static void fmod(long ex, long rv) {
        ZendVm.setDouble(rv, jzend.zend.ops.Arith.fmod(jzend.zend.execute.ZendParseParameters.requiredDouble(ex, 1),
                jzend.zend.execute.ZendParseParameters.requiredDouble(ex, 2)));
    }

    /** PHP_FUNCTION(abs): ints stay ints (PHP_INT_MIN becomes a float). */
    public static void abs(long ex, long rv) {
        // Z_PARAM_NUMBER: numeric strings and bools become int or float first
        if (MathFunctions.number(ex, 1) == jzend.zend.ops.ZType.IS_LONG) {
            long v = MathFunctions.R.lval;
            if (v == Long.MIN_VALUE) ZendVm.setDouble(rv, -(double) v);
            else ZendVm.setLong(rv, Math.abs(v));
        } else {
            ZendVm.setDouble(rv, Math.abs(MathFunctions.R.dval));
        }
    }
}
