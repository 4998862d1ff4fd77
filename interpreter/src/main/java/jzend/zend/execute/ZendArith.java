package jzend.zend.execute;

import jzend.zend.ExecutorGlobals;

import jzend.zend.ZendErrors;
import jzend.zend.ops.Arith;
import jzend.zend.ops.ErrorSink;
import jzend.zend.ops.NumResult;
import jzend.zend.ops.ZType;
import jzend.zend.ops.ZendException;

import static jzend.zend.alloc.NativeMemory.getDouble;
import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;

/**
 * The out-of-line slow paths of the arithmetic, bitwise and comparison handlers
 * (zend_operators.c's add_function_slow, div_function, mod_function, …) over zvals, with the
 * semantics of {@link Arith}: int overflow to float, PHP's DivisionByZeroError/ArithmeticError,
 * the deprecation for floats losing precision in integer operators.
 */
final class ZendArith {
    private ZendArith() {}

    static final int ADD = 1, SUB = 2, MUL = 3, DIV = 4, MOD = 5, SL = 6, SR = 7, BW_OR = 9, BW_AND = 10,
            BW_XOR = 11, POW = 12;

    /** The executor runs on one thread: result and operand holders shared by all slow paths. */
    private static final NumResult R = new NumResult(), X = new NumResult(), Y = new NumResult();
    private static byte[] strBytes = new byte[64];
    /** Warnings and deprecations of the numeric code, reported at the executing line. */
    private static final ErrorSink SINK = jzend.zend.Zend::zend_error;

    private static int type(long zv) {
        return getInt(zv + ZendVm.TYPE) & 0xff;
    }

    private static String symbol(int op) {
        return switch (op) {
            case ADD -> "+";
            case SUB -> "-";
            case MUL -> "*";
            case DIV -> "/";
            case MOD -> "%";
            case SL -> "<<";
            case SR -> ">>";
            case BW_OR -> "|";
            case BW_AND -> "&";
            case BW_XOR -> "^";
            default -> "**";
        };
    }

    /** zend_binop_error: TypeError "Unsupported operand types: array + int". */
    private static ZendError unsupported(int op, long a, long b) {
        return ZendError.create("TypeError", "Unsupported operand types: " + ZendParseParameters.zend_zval_type_name(a)
                + " " + symbol(op) + " " + ZendParseParameters.zend_zval_type_name(b));
    }

    /** The operand as a number (zendi_try_convert_scalar_to_number): IS_LONG or IS_DOUBLE into {@code r}. */
    private static int number(long zv, NumResult r, int op, long a, long b) {
        switch (type(zv)) {
            case ZendVm.IS_LONG -> { r.lval = getLong(zv); return ZType.IS_LONG; }
            case ZendVm.IS_DOUBLE -> { r.dval = getDouble(zv); return ZType.IS_DOUBLE; }
            case ZendVm.IS_TRUE -> { r.lval = 1; return ZType.IS_LONG; }
            case ZendVm.IS_NULL, ZendVm.IS_FALSE -> { r.lval = 0; return ZType.IS_LONG; }
            case ZendVm.IS_UNDEF -> {
                ZendVm.undefinedCv(zv);
                r.lval = 0;
                return ZType.IS_LONG;
            }
            case ZendVm.IS_STRING -> {
                long str = getLong(zv);
                int len = Math.toIntExact(jzend.zend.string.ZendString.len(str));
                if (strBytes.length < len) strBytes = new byte[Math.max(len, strBytes.length * 2)];
                jzend.zend.alloc.NativeMemory.copyToArray(jzend.zend.string.ZendString.val(str), strBytes, 0, len);
                int t = jzend.zend.ops.NumericString.toNumberForArithmetic(strBytes, 0, len, r, SINK);
                if (t == 0) throw unsupported(op, a, b);
                return t;
            }
            default -> throw unsupported(op, a, b);
        }
    }

    /** The operand as an integer for % << >> & | ^ (zendi_try_get_long with the 8.1 deprecation). */
    private static long integer(long zv, int op, long a, long b) {
        if (number(zv, X, op, a, b) == ZType.IS_LONG) return X.lval;
        return Arith.dvalToLvalForOperator(X.dval, SINK);
    }

    /** zval_get_long: (int) of a scalar (strings by their leading number, floats truncated modulo 2^64). */
    static long longOf(long zv) {
        zv = ZendReference.deref(zv);
        int t = type(zv);
        return switch (t) {
            case ZendVm.IS_LONG -> getLong(zv);
            case ZendVm.IS_DOUBLE -> Arith.dvalToLval(getDouble(zv));
            case ZendVm.IS_TRUE -> 1;
            case ZendVm.IS_STRING -> {
                long str = getLong(zv);
                int len = Math.toIntExact(jzend.zend.string.ZendString.len(str));
                if (strBytes.length < len) strBytes = new byte[Math.max(len, strBytes.length * 2)];
                jzend.zend.alloc.NativeMemory.copyToArray(jzend.zend.string.ZendString.val(str), strBytes, 0, len);
                yield jzend.zend.ops.NumericString.toLong(strBytes, 0, len, R);
            }
            case ZendVm.IS_UNDEF -> { ZendVm.undefinedCv(zv); yield 0; }
            case ZendVm.IS_ARRAY -> jzend.zend.hash.ZendArray.numOfElements(getLong(zv)) != 0 ? 1 : 0;
            case ZendExceptions.IS_OBJECT -> {
                ZendObjectHandlers.castFailed(getLong(zv), ZendVm.IS_LONG);
                yield 1;
            }
            default -> 0;
        };
    }

    /** zval_get_double: (float) of a scalar. */
    static double doubleOf(long zv) {
        zv = ZendReference.deref(zv);
        int t = type(zv);
        return switch (t) {
            case ZendVm.IS_LONG -> getLong(zv);
            case ZendVm.IS_DOUBLE -> getDouble(zv);
            case ZendVm.IS_TRUE -> 1.0;
            case ZendVm.IS_STRING -> {
                long str = getLong(zv);
                int len = Math.toIntExact(jzend.zend.string.ZendString.len(str));
                if (strBytes.length < len) strBytes = new byte[Math.max(len, strBytes.length * 2)];
                jzend.zend.alloc.NativeMemory.copyToArray(jzend.zend.string.ZendString.val(str), strBytes, 0, len);
                yield jzend.zend.ops.NumericString.toDouble(strBytes, 0, len);
            }
            case ZendVm.IS_UNDEF -> { ZendVm.undefinedCv(zv); yield 0.0; }
            case ZendVm.IS_ARRAY -> jzend.zend.hash.ZendArray.numOfElements(getLong(zv)) != 0 ? 1.0 : 0.0;
            case ZendExceptions.IS_OBJECT -> {
                ZendObjectHandlers.castFailed(getLong(zv), ZendVm.IS_DOUBLE);
                yield 1.0;
            }
            default -> 0.0;
        };
    }

    /** The binary arithmetic and bitwise operators on any operands. */
    static void binary(int op, long result, long a, long b) {
        a = ZendReference.deref(a);
        b = ZendReference.deref(b);
        if (op == ADD && type(a) == ZendVm.IS_ARRAY && type(b) == ZendVm.IS_ARRAY) {
            arrayUnion(result, a, b);
            return;
        }
        if ((op == BW_OR || op == BW_AND || op == BW_XOR) && type(a) == ZendVm.IS_STRING && type(b) == ZendVm.IS_STRING) {
            bitwiseStrings(op, result, a, b);
            return;
        }
        try {
            switch (op) {
                case MOD -> ZendVm.setLong(result, Arith.mod(integer(a, op, a, b), integer(b, op, a, b)));
                case SL -> ZendVm.setLong(result, Arith.shiftLeft(integer(a, op, a, b), integer(b, op, a, b)));
                case SR -> ZendVm.setLong(result, Arith.shiftRight(integer(a, op, a, b), integer(b, op, a, b)));
                case BW_OR -> ZendVm.setLong(result, integer(a, op, a, b) | integer(b, op, a, b));
                case BW_AND -> ZendVm.setLong(result, integer(a, op, a, b) & integer(b, op, a, b));
                case BW_XOR -> ZendVm.setLong(result, integer(a, op, a, b) ^ integer(b, op, a, b));
                default -> numeric(op, result, a, b);
            }
        } catch (ZendException e) {
            throw ZendError.create(e.phpClass(), e.getMessage());
        }
    }

    private static void numeric(int op, long result, long a, long b) {
        NumResult x = X, y = Y;
        int tx = number(a, x, op, a, b), ty = number(b, y, op, a, b);
        if (tx == ZType.IS_LONG && ty == ZType.IS_LONG) {
            int t = switch (op) {
                case ADD -> Arith.add(x.lval, y.lval, R);
                case SUB -> Arith.sub(x.lval, y.lval, R);
                case MUL -> Arith.mul(x.lval, y.lval, R);
                case DIV -> Arith.div(x.lval, y.lval, R);
                default -> Arith.pow(x.lval, y.lval, R);
            };
            if (t == ZType.IS_LONG) ZendVm.setLong(result, R.lval);
            else ZendVm.setDouble(result, R.dval);
            return;
        }
        double dx = tx == ZType.IS_LONG ? (double) x.lval : x.dval, dy = ty == ZType.IS_LONG ? (double) y.lval : y.dval;
        ZendVm.setDouble(result, switch (op) {
            case ADD -> dx + dy;
            case SUB -> dx - dy;
            case MUL -> dx * dy;
            case DIV -> Arith.div(dx, dy);
            default -> Arith.pow(dx, dy);
        });
    }

    /**
     * add_function on two arrays: the left one with the right one's keys it does not have
     * (zend_hash_merge without overwrite); {@code $a += $b} separates $a and merges in place.
     */
    private static void arrayUnion(long result, long a, long b) {
        long src = getLong(b);
        long target;
        if (result == a) {
            if (getLong(a) == src) return;
            target = jzend.zend.hash.ZendArrays.separateZval(a);
        } else {
            target = jzend.zend.hash.ZendArrays.zend_array_dup(getLong(a));
            jzend.zend.hash.ZendArrays.setArray(result, target);
        }
        for (int pos = jzend.zend.hash.ZendHash.zend_hash_first_pos(src); pos < jzend.zend.hash.ZendArray.numUsed(src);
             pos = jzend.zend.hash.ZendHash.zend_hash_next_pos(src, pos)) {
            boolean intKey = jzend.zend.hash.ZendHash.zend_hash_key_type_at(src, pos) == jzend.zend.hash.ZendHash.HASH_KEY_IS_LONG;
            long exists = intKey ? jzend.zend.hash.ZendHash.zend_hash_index_find(target, jzend.zend.hash.ZendHash.zend_hash_int_key_at(src, pos))
                    : jzend.zend.hash.ZendHash.zend_hash_find(target, jzend.zend.hash.ZendHash.zend_hash_str_key_at(src, pos));
            if (exists != 0) continue;
            long slot = intKey ? jzend.zend.hash.ZendHash.zend_hash_index_lookup(target, jzend.zend.hash.ZendHash.zend_hash_int_key_at(src, pos))
                    : jzend.zend.hash.ZendHash.zend_hash_lookup(target, jzend.zend.hash.ZendHash.zend_hash_str_key_at(src, pos));
            ZendVm.copyValue(slot, jzend.zend.hash.ZendHash.zend_hash_data_at(src, pos));
        }
    }

    /** bitwise_or/and/xor_function on two strings: byte by byte (| keeps the longer one's tail, & and ^ stop at the shorter). */
    private static void bitwiseStrings(int op, long result, long a, long b) {
        byte[] x = jzend.zend.string.ZendString.bytes(getLong(a)), y = jzend.zend.string.ZendString.bytes(getLong(b));
        byte[] longer = x.length >= y.length ? x : y, shorter = longer == x ? y : x;
        byte[] r = op == BW_OR ? longer.clone() : new byte[shorter.length];
        for (int i = 0; i < shorter.length; i++) {
            r[i] = (byte) (op == BW_OR ? x[i] | y[i] : op == BW_AND ? x[i] & y[i] : x[i] ^ y[i]);
        }
        long str = r.length == 0 ? jzend.zend.string.ZendInternedStrings.emptyString()
                : r.length == 1 ? jzend.zend.string.ZendInternedStrings.oneChar(r[0] & 0xff)
                : jzend.zend.string.ZendString.init(r, false);
        if (result == a || result == b) ZendVm.release(result);
        ZendVm.setString(result, str);
    }

    /**
     * Port of increment_string: "a" to "b", "z" to "aa", "Az" to "Ba", "a9" to "b0" — the
     * alphanumeric run at the end carries leftwards; any other byte stops it.
     */
    private static long incrementString(byte[] s) {
        if (s.length == 0) return jzend.zend.string.ZendInternedStrings.oneChar('1');
        byte[] r = s.clone();
        int pos = r.length - 1;
        int last = 0; // 1 lower, 2 upper, 3 numeric
        boolean carry = false;
        while (pos >= 0) {
            byte ch = r[pos];
            if (ch >= 'a' && ch <= 'z') {
                carry = ch == 'z';
                r[pos] = carry ? (byte) 'a' : (byte) (ch + 1);
                last = 1;
            } else if (ch >= 'A' && ch <= 'Z') {
                carry = ch == 'Z';
                r[pos] = carry ? (byte) 'A' : (byte) (ch + 1);
                last = 2;
            } else if (ch >= '0' && ch <= '9') {
                carry = ch == '9';
                r[pos] = carry ? (byte) '0' : (byte) (ch + 1);
                last = 3;
            } else {
                carry = false;
                break;
            }
            if (!carry) break;
            pos--;
        }
        if (carry) {
            byte[] t = new byte[r.length + 1];
            t[0] = (byte) (last == 3 ? '1' : last == 2 ? 'A' : 'a');
            System.arraycopy(r, 0, t, 1, r.length);
            r = t;
        }
        return r.length == 1 ? jzend.zend.string.ZendInternedStrings.oneChar(r[0] & 0xff) : jzend.zend.string.ZendString.init(r, false);
    }

    /** A numeric string (leading/trailing whitespace allowed) as a number into {@code R}: its type, or 0. */
    private static int numericString(long str) {
        byte[] b = jzend.zend.string.ZendString.bytes(str);
        return jzend.zend.ops.NumericString.isNumericStringEx(b, 0, b.length, R, false);
    }

    /** increment_function for non-long operands: null becomes 1, doubles add 1, LONG_MAX overflows, strings as PHP does. */
    static void increment(long var) {
        int t = type(var);
        if (t == ZendVm.IS_STRING) {
            long str = getLong(var);
            int nt = numericString(str);
            if (nt == ZType.IS_LONG) {
                long v = R.lval;
                ZendVm.release(var);
                if (v == Long.MAX_VALUE) ZendVm.setDouble(var, (double) Long.MAX_VALUE + 1.0);
                else ZendVm.setLong(var, v + 1);
            } else if (nt == ZType.IS_DOUBLE) {
                double d = R.dval;
                ZendVm.release(var);
                ZendVm.setDouble(var, d + 1);
            } else {
                long r = incrementString(jzend.zend.string.ZendString.bytes(str));
                ZendVm.release(var);
                ZendVm.setString(var, r);
            }
            return;
        }
        switch (t) {
            case ZendVm.IS_LONG -> ZendVm.setDouble(var, (double) Long.MAX_VALUE + 1.0);
            case ZendVm.IS_DOUBLE -> ZendVm.setDouble(var, getDouble(var) + 1);
            case ZendVm.IS_NULL -> ZendVm.setLong(var, 1);
            case ZendVm.IS_UNDEF -> {
                ZendVm.undefinedCv(var);
                ZendVm.setLong(var, 1);
            }
            case ZendVm.IS_FALSE, ZendVm.IS_TRUE -> { /* bools are not changed by ++ */ }
            default -> throw ZendError.create("TypeError", "Cannot increment " + ZendParseParameters.zend_zval_type_name(var));
        }
    }

    /** decrement_function for non-long operands: null stays null. */
    static void decrement(long var) {
        int t = type(var);
        if (t == ZendVm.IS_STRING) {
            long str = getLong(var);
            if (jzend.zend.string.ZendString.len(str) == 0) {
                ZendVm.release(var);
                ZendVm.setLong(var, -1);
                return;
            }
            int nt = numericString(str);
            if (nt == ZType.IS_LONG) {
                long v = R.lval;
                ZendVm.release(var);
                if (v == Long.MIN_VALUE) ZendVm.setDouble(var, (double) Long.MIN_VALUE - 1.0);
                else ZendVm.setLong(var, v - 1);
            } else if (nt == ZType.IS_DOUBLE) {
                double d = R.dval;
                ZendVm.release(var);
                ZendVm.setDouble(var, d - 1);
            }
            // a non-numeric string is left as it is
            return;
        }
        switch (t) {
            case ZendVm.IS_LONG -> ZendVm.setDouble(var, (double) Long.MIN_VALUE - 1.0);
            case ZendVm.IS_DOUBLE -> ZendVm.setDouble(var, getDouble(var) - 1);
            case ZendVm.IS_UNDEF -> {
                ZendVm.undefinedCv(var);
                ZendVm.setNull(var);
            }
            case ZendVm.IS_NULL, ZendVm.IS_FALSE, ZendVm.IS_TRUE -> { }
            default -> throw ZendError.create("TypeError", "Cannot decrement " + ZendParseParameters.zend_zval_type_name(var));
        }
    }

    private static final jzend.zend.ops.Compare.Scalar SA = new jzend.zend.ops.Compare.Scalar(), SB = new jzend.zend.ops.Compare.Scalar();
    private static byte[] bytesA = new byte[64], bytesB = new byte[64];

    /** Loads a zval into a comparison scalar (string bytes copied into a reusable array). */
    private static jzend.zend.ops.Compare.Scalar scalar(long zv, jzend.zend.ops.Compare.Scalar s, boolean first) {
        switch (type(zv)) {
            case ZendVm.IS_LONG -> s.setLong(getLong(zv));
            case ZendVm.IS_DOUBLE -> s.setDouble(getDouble(zv));
            case ZendVm.IS_TRUE -> s.setBool(true);
            case ZendVm.IS_FALSE -> s.setBool(false);
            case ZendVm.IS_STRING -> {
                long str = getLong(zv);
                int len = Math.toIntExact(jzend.zend.string.ZendString.len(str));
                byte[] buf = first ? bytesA : bytesB;
                if (buf.length < len) {
                    buf = new byte[Math.max(len, buf.length * 2)];
                    if (first) bytesA = buf; else bytesB = buf;
                }
                jzend.zend.alloc.NativeMemory.copyToArray(jzend.zend.string.ZendString.val(str), buf, 0, len);
                s.setString(buf, 0, len);
            }
            case ZendVm.IS_UNDEF -> { ZendVm.undefinedCv(zv); s.setNull(); }
            case ZendVm.IS_NULL -> s.setNull();
            default -> throw new IllegalStateException("scalar comparison of type " + type(zv)); // arrays and objects go to compareComposite
        }
        return s;
    }

    /** zend_is_equal (==) for any scalar pair, with PHP 8's string/number rules. */
    static boolean equal(long a, long b) {
        a = ZendReference.deref(a);
        b = ZendReference.deref(b);
        if (type(a) >= ZendVm.IS_ARRAY || type(b) >= ZendVm.IS_ARRAY) return compareComposite(a, b) == 0;
        return jzend.zend.ops.Compare.isEqual(scalar(a, SA, true), scalar(b, SB, false), X, Y, ExecutorGlobals.precision);
    }

    /** zend_compare for numbers and null/bool (a bool or null operand compares as booleans). */
    static int compare(long a, long b) {
        a = ZendReference.deref(a);
        b = ZendReference.deref(b);
        if (type(a) >= ZendVm.IS_ARRAY || type(b) >= ZendVm.IS_ARRAY) return compareComposite(a, b);
        if (type(a) == ZendVm.IS_STRING || type(b) == ZendVm.IS_STRING) {
            return jzend.zend.ops.Compare.compare(scalar(a, SA, true), scalar(b, SB, false), X, Y, ExecutorGlobals.precision);
        }
        if (type(a) == ZendVm.IS_UNDEF) ZendVm.undefinedCv(a);
        if (type(b) == ZendVm.IS_UNDEF) ZendVm.undefinedCv(b);
        int ta = type(a), tb = type(b);
        if (ta <= ZendVm.IS_TRUE || tb <= ZendVm.IS_TRUE) {
            boolean x = ta != ZendVm.IS_UNDEF && ZendVm.isTrue(a), y = tb != ZendVm.IS_UNDEF && ZendVm.isTrue(b);
            return Boolean.compare(x, y);
        }
        if (ta == ZendVm.IS_LONG && tb == ZendVm.IS_LONG) return Long.compare(getLong(a), getLong(b));
        double x = ta == ZendVm.IS_LONG ? getLong(a) : getDouble(a), y = tb == ZendVm.IS_LONG ? getLong(b) : getDouble(b);
        return x < y ? -1 : x > y ? 1 : x == y ? 0 : 1;
    }

    /**
     * zend_compare when an operand is an array or object. An object against null is greater; one
     * against anything else (but itself) goes to its compare handler (zend_std_compare_objects, the
     * Closure's). Otherwise null and bools compare by truthiness; two arrays by
     * zend_compare_arrays (count, then each key of the first in the second — a missing key makes
     * them uncomparable, 1); an array is greater than anything else.
     */
    private static int compareComposite(long a, long b) {
        int ta = type(a), tb = type(b);
        if (ta == ZendVm.IS_UNDEF) { ZendVm.undefinedCv(a); ta = ZendVm.IS_NULL; }
        if (tb == ZendVm.IS_UNDEF) { ZendVm.undefinedCv(b); tb = ZendVm.IS_NULL; }
        if (ta == ZendExceptions.IS_OBJECT || tb == ZendExceptions.IS_OBJECT) {
            if (ta == ZendExceptions.IS_OBJECT && tb == ZendVm.IS_NULL) return 1;
            if (ta == ZendVm.IS_NULL) return -1;
            if (ta == tb && getLong(a) == getLong(b)) return 0;
            return ZendObjectHandlers.compare(a, b);
        }
        if (ta <= ZendVm.IS_TRUE || tb <= ZendVm.IS_TRUE) {
            boolean x = ta > ZendVm.IS_FALSE && ZendVm.isTrue(a), y = tb > ZendVm.IS_FALSE && ZendVm.isTrue(b);
            return Boolean.compare(x, y);
        }
        if (ta == ZendVm.IS_ARRAY && tb == ZendVm.IS_ARRAY) return compareArrays(getLong(a), getLong(b));
        if (ta == ZendVm.IS_ARRAY) return 1;
        return -1;
    }

    /** Port of zend_compare_symbol_tables: two property tables compared as zend_compare_arrays does. */
    static int compareSymbolTables(long h1, long h2) {
        return compareArrays(h1, h2);
    }

    /**
     * Port of zend_hash_compare(ht1, ht2, zend_compare, 0): counts, then each key of the first
     * in the second (IS_INDIRECT slots of property tables followed). The first table is guarded:
     * meeting it again is the fatal "Nesting level too deep - recursive dependency?".
     */
    private static int compareArrays(long h1, long h2) {
        if (h1 == h2) return 0;
        boolean guard = !jzend.zend.hash.ZendArray.isImmutable(h1);
        if (guard) {
            int ti = jzend.zend.hash.ZendArray.gcTypeInfo(h1);
            if ((ti & jzend.zend.hash.ZendArray.GC_PROTECTED) != 0) ZendObjectHandlers.nestingTooDeep();
            jzend.zend.alloc.NativeMemory.putInt(h1 + jzend.zend.hash.ZendArray.GC_TYPE_INFO, ti | jzend.zend.hash.ZendArray.GC_PROTECTED);
        }
        try {
            int c1 = jzend.zend.hash.ZendArray.numOfElements(h1), c2 = jzend.zend.hash.ZendArray.numOfElements(h2);
            if (c1 != c2) return c1 < c2 ? -1 : 1;
            for (int pos = jzend.zend.hash.ZendHash.zend_hash_first_pos(h1); pos < jzend.zend.hash.ZendArray.numUsed(h1);
                 pos = jzend.zend.hash.ZendHash.zend_hash_next_pos(h1, pos)) {
                long other = jzend.zend.hash.ZendHash.zend_hash_key_type_at(h1, pos) == jzend.zend.hash.ZendHash.HASH_KEY_IS_LONG
                        ? jzend.zend.hash.ZendHash.zend_hash_index_find(h2, jzend.zend.hash.ZendHash.zend_hash_int_key_at(h1, pos))
                        : jzend.zend.hash.ZendHash.zend_hash_find(h2, jzend.zend.hash.ZendHash.zend_hash_str_key_at(h1, pos));
                if (other == 0) return 1;
                long mine = jzend.zend.hash.ZendHash.zend_hash_data_at(h1, pos);
                if (type(mine) == ZendArrayOps.IS_INDIRECT) mine = getLong(mine);
                if (type(other) == ZendArrayOps.IS_INDIRECT) other = getLong(other);
                if (type(mine) == ZendVm.IS_UNDEF) {
                    if (type(other) != ZendVm.IS_UNDEF) return -1;
                    continue;
                }
                if (type(other) == ZendVm.IS_UNDEF) return 1;
                int r = compare(mine, other);
                if (r != 0) return r;
            }
            return 0;
        } finally {
            if (guard) {
                int ti = jzend.zend.hash.ZendArray.gcTypeInfo(h1);
                jzend.zend.alloc.NativeMemory.putInt(h1 + jzend.zend.hash.ZendArray.GC_TYPE_INFO, ti & ~jzend.zend.hash.ZendArray.GC_PROTECTED);
            }
        }
    }

    /** Port of zend_hash_compare(ht1, ht2, hash_zval_identical_function, 1): same keys in the same order, identical values. */
    static boolean arraysIdentical(long h1, long h2) {
        if (h1 == h2) return true;
        if (jzend.zend.hash.ZendArray.numOfElements(h1) != jzend.zend.hash.ZendArray.numOfElements(h2)) return false;
        int p1 = jzend.zend.hash.ZendHash.zend_hash_first_pos(h1), p2 = jzend.zend.hash.ZendHash.zend_hash_first_pos(h2);
        int u1 = jzend.zend.hash.ZendArray.numUsed(h1), u2 = jzend.zend.hash.ZendArray.numUsed(h2);
        for (; p1 < u1 && p2 < u2; p1 = jzend.zend.hash.ZendHash.zend_hash_next_pos(h1, p1), p2 = jzend.zend.hash.ZendHash.zend_hash_next_pos(h2, p2)) {
            int k1 = jzend.zend.hash.ZendHash.zend_hash_key_type_at(h1, p1), k2 = jzend.zend.hash.ZendHash.zend_hash_key_type_at(h2, p2);
            if (k1 != k2) return false;
            if (k1 == jzend.zend.hash.ZendHash.HASH_KEY_IS_LONG) {
                if (jzend.zend.hash.ZendHash.zend_hash_int_key_at(h1, p1) != jzend.zend.hash.ZendHash.zend_hash_int_key_at(h2, p2)) return false;
            } else if (!jzend.zend.string.ZendString.equals(jzend.zend.hash.ZendHash.zend_hash_str_key_at(h1, p1),
                    jzend.zend.hash.ZendHash.zend_hash_str_key_at(h2, p2))) {
                return false;
            }
            if (!ZendVm.isIdentical(jzend.zend.hash.ZendHash.zend_hash_data_at(h1, p1), jzend.zend.hash.ZendHash.zend_hash_data_at(h2, p2))) {
                return false;
            }
        }
        return true;
    }
}
