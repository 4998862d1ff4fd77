package jzend.zend.execute;

import jzend.zend.ExecutorGlobals;
import jzend.zend.Zend;
import jzend.zend.ZendErrors;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.string.ZendInternedStrings;
import jzend.zend.string.ZendString;

import static jzend.zend.alloc.NativeMemory.getDouble;
import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;
import static jzend.zend.alloc.NativeMemory.putDouble;
import static jzend.zend.alloc.NativeMemory.putInt;
import static jzend.zend.alloc.NativeMemory.putLong;

/**
 * The opcode handlers the generated code calls (zend_vm_def.h's handlers, one static method per
 * opcode and operand shape). Arguments are absolute addresses of zvals: {@code frame + offset}
 * for CV/TMP/VAR operands, the literal's address for CONST. Each handler keeps its common case
 * (both operands IS_LONG, no overflow) small enough for C2 to inline, and calls an out-of-line
 * slow path otherwise.
 *
 * <p>Refcounting follows zend_vm_def.h: a CV or CONST operand is copied with an added reference
 * ({@code ZVAL_COPY}); a TMP operand is moved ({@code ZVAL_COPY_VALUE}) by the ops that store it,
 * and released after use ({@code FREE_OP}) by the ops that only read it — the code generator calls
 * {@link #freeOp} for those; an assignment releases the variable's old value; leaving a frame
 * releases its CVs.
 */
public final class ZendVm {
    private ZendVm() {}

    // zval type codes (zend_types.h)
    public static final int IS_UNDEF = 0, IS_NULL = 1, IS_FALSE = 2, IS_TRUE = 3, IS_LONG = 4, IS_DOUBLE = 5,
            IS_STRING = 6, IS_ARRAY = 7;
    /** IS_TYPE_REFCOUNTED in the type flags byte of u1.type_info. */
    static final int REFCOUNTED = 0x100;
    /** IS_STRING_EX: a refcounted string. */
    public static final int IS_STRING_EX = IS_STRING | REFCOUNTED;
    /** Offset of u1.type_info in a zval. */
    static final int TYPE = 8;

    static int type(long zv) { return getInt(zv + TYPE) & 0xff; }
    public static void setLong(long zv, long v) { putLong(zv, v); putInt(zv + TYPE, IS_LONG); }
    public static void setDouble(long zv, double v) { putDouble(zv, v); putInt(zv + TYPE, IS_DOUBLE); }
    public static void setBool(long zv, boolean v) { putInt(zv + TYPE, v ? IS_TRUE : IS_FALSE); }
    public static void setNull(long zv) { putInt(zv + TYPE, IS_NULL); }

    /** ZVAL_STR: a string the zval now owns (interned strings are stored without the refcounted flag). */
    public static void setString(long zv, long str) {
        putLong(zv, str);
        putInt(zv + TYPE, ZendString.isInterned(str) ? IS_STRING : IS_STRING_EX);
    }

    /** ZVAL_COPY: the value with an added reference; an undefined CV reads as null, with PHP's warning. */
    static void copyValue(long dst, long src) {
        int t = getInt(src + TYPE);
        if (t == IS_UNDEF) {
            undefinedCv(src);
            t = IS_NULL;
        } else if ((t & REFCOUNTED) != 0) {
            if (t == ZendReference.IS_REFERENCE_EX) { // ZVAL_COPY_DEREF
                src = getLong(src) + ZendReference.VAL;
                t = getInt(src + TYPE);
                if ((t & REFCOUNTED) != 0) addRef(getLong(src), t);
            } else {
                addRef(getLong(src), t);
            }
        }
        putLong(dst, getLong(src));
        putInt(dst + TYPE, t);
    }

    /** ZVAL_COPY_VALUE: moves a temporary's value (no reference added; the temporary is dead after). */
    static void moveValue(long dst, long src) {
        putLong(dst, getLong(src));
        putInt(dst + TYPE, getInt(src + TYPE));
    }

    private static void addRef(long counted, int typeInfo) {
        putInt(counted, getInt(counted) + 1);
    }

    /** zval_ptr_dtor: drops the reference a zval holds (strings and arrays). */
    public static void release(long zv) {
        int t = getInt(zv + TYPE);
        if ((t & REFCOUNTED) == 0) return;
        long counted = getLong(zv);
        releaseCounted(counted, t);
    }

    /** FREE_OP for a TMP/VAR operand an op has read: releases it if it holds a counted value. */
    public static void freeOp(long zv) {
        if ((getInt(zv + TYPE) & REFCOUNTED) != 0) release(zv);
    }

    /**
     * Port of zval_undefined_cv: "Warning: Undefined variable $name" for a CV read before any
     * assignment (only CVs can be IS_UNDEF when read; the name comes from the executing frame).
     */
    static void undefinedCv(long zv) {
        long ex = ExecutorGlobals.current_execute_data;
        String name = "?";
        if (ex != 0) {
            var op = ZendFunctions.opArray(ZendExecuteData.func(ex));
            long n = (zv - ex - ZendExecuteData.SIZE) / 16;
            if (n >= 0 && n < op.vars.length) name = new String(op.vars[(int) n], java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        Zend.zend_error(ZendErrors.E_WARNING, "Undefined variable $" + name);
    }

    // ------------------------------------------------------------------ assignments

    /** ZEND_ASSIGN from a CV or CONST (zend_assign_to_variable): the old value is released after. */
    public static void assign(long var, long value) {
        int oldType = getInt(var + TYPE);
        if (oldType == ZendReference.IS_REFERENCE_EX) {
            var = getLong(var) + ZendReference.VAL;
            oldType = getInt(var + TYPE);
        }
        long old = getLong(var);
        copyValue(var, value);
        if ((oldType & REFCOUNTED) != 0) releaseCounted(old, oldType);
    }

    /** ZEND_ASSIGN from a TMP/VAR: the temporary's value is moved in. */
    public static void assignTmp(long var, long value) {
        int oldType = getInt(var + TYPE);
        if (oldType == ZendReference.IS_REFERENCE_EX) {
            var = getLong(var) + ZendReference.VAL;
            oldType = getInt(var + TYPE);
        }
        long old = getLong(var);
        moveValue(var, value);
        if ((oldType & REFCOUNTED) != 0) releaseCounted(old, oldType);
    }

    /** rc_dtor_func after GC_DELREF: drops one reference to a counted string, array or reference. */
    static void releaseCounted(long counted, int typeInfo) {
        if ((typeInfo & 0xff) == IS_STRING) ZendString.release(counted);
        else if ((typeInfo & 0xff) == IS_ARRAY) jzend.zend.hash.ZendArrays.release(counted);
        else {
            int rc = getInt(counted) - 1;
            if (rc > 0) putInt(counted, rc);
            else if ((typeInfo & 0xff) == ZendReference.IS_REFERENCE) ZendReference.destroy(counted);
            else if ((typeInfo & 0xff) == ZendExceptions.IS_OBJECT) ZendExceptions.destroy(counted);
            else throw new UnsupportedOperationException("releasing a value of type " + (typeInfo & 0xff));
        }
    }

    /** ZEND_QM_ASSIGN from a CV or CONST. */
    public static void qmAssign(long result, long value) {
        copyValue(result, value);
    }

    /** ZEND_QM_ASSIGN from a TMP/VAR. */
    public static void qmAssignTmp(long result, long value) {
        moveValue(result, value);
    }

    // ------------------------------------------------------------------ arithmetic

    /** ZEND_ADD. */
    public static void add(long result, long a, long b) {
        int ta = getInt(a + TYPE), tb = getInt(b + TYPE);
        if (ta == IS_LONG && tb == IS_LONG) {
            long x = getLong(a), y = getLong(b), s = x + y;
            if (((x ^ s) & (y ^ s)) >= 0) {
                setLong(result, s);
                return;
            }
        } else if (bothNumbers(ta, tb)) {
            setDouble(result, doubleOf(a, ta) + doubleOf(b, tb));
            return;
        }
        ZendArith.binary(ZendArith.ADD, result, a, b);
    }

    /** ZEND_SUB. */
    public static void sub(long result, long a, long b) {
        int ta = getInt(a + TYPE), tb = getInt(b + TYPE);
        if (ta == IS_LONG && tb == IS_LONG) {
            long x = getLong(a), y = getLong(b), s = x - y;
            if (((x ^ y) & (x ^ s)) >= 0) {
                setLong(result, s);
                return;
            }
        } else if (bothNumbers(ta, tb)) {
            setDouble(result, doubleOf(a, ta) - doubleOf(b, tb));
            return;
        }
        ZendArith.binary(ZendArith.SUB, result, a, b);
    }

    /** ZEND_MUL. */
    public static void mul(long result, long a, long b) {
        int ta = getInt(a + TYPE), tb = getInt(b + TYPE);
        if (ta == IS_LONG && tb == IS_LONG) {
            long x = getLong(a), y = getLong(b);
            long hi = Math.multiplyHigh(x, y), lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                setLong(result, lo);
                return;
            }
        } else if (bothNumbers(ta, tb)) {
            setDouble(result, doubleOf(a, ta) * doubleOf(b, tb));
            return;
        }
        ZendArith.binary(ZendArith.MUL, result, a, b);
    }

    /**
     * Whether two type_infos are IS_LONG/IS_DOUBLE with at least one IS_DOUBLE: the specialised
     * handlers' double cases (ZEND_ADD_SPEC's "double + double", "long + double", "double + long").
     */
    private static boolean bothNumbers(int ta, int tb) {
        return (ta == IS_DOUBLE && (tb == IS_DOUBLE || tb == IS_LONG)) || (ta == IS_LONG && tb == IS_DOUBLE);
    }

    /** An IS_LONG or IS_DOUBLE operand as a double (ZEND_LONG_TO_DOUBLE for an int). */
    private static double doubleOf(long zv, int type) {
        return type == IS_DOUBLE ? getDouble(zv) : (double) getLong(zv);
    }

    /** ZEND_DIV, ZEND_MOD, ZEND_POW, ZEND_SL, ZEND_SR, ZEND_BW_OR/AND/XOR (opcode numbers as in zend_vm_opcodes.h). */
    public static void binaryOp(int opcode, long result, long a, long b) {
        if (opcode == jzend.zend.compile.ZendOpcode.DIV ? !numberDiv(result, a, b) : !longBinaryOp(opcode, result, a, b)) {
            ZendArith.binary(opcode, result, a, b);
        }
    }

    /**
     * ZEND_DIV's fast cases (div_function_base): ints that divide exactly stay an int (not
     * ZEND_LONG_MIN / -1), any other int or float operands give a float; division by zero and
     * other types take the general path. True when the result was stored.
     */
    private static boolean numberDiv(long result, long a, long b) {
        int ta = getInt(a + TYPE), tb = getInt(b + TYPE);
        if (ta == IS_LONG && tb == IS_LONG) {
            long x = getLong(a), y = getLong(b);
            if (y == 0 || (y == -1 && x == Long.MIN_VALUE)) return false;
            if (x % y == 0) setLong(result, x / y);
            else setDouble(result, (double) x / (double) y);
            return true;
        }
        if (!bothNumbers(ta, tb)) return false;
        double d = doubleOf(b, tb);
        if (d == 0) return false;
        setDouble(result, doubleOf(a, ta) / d);
        return true;
    }

    /**
     * The specialised handlers' int-int case (ZEND_BW_AND_SPEC_TMPVARCV_CONST and the like):
     * when both operands are ints and the operator cannot fail or overflow on them — {@code %}
     * by other than 0 and -1, shifts by 0 to 63 — the result is stored and true returned.
     */
    private static boolean longBinaryOp(int opcode, long result, long a, long b) {
        if ((getInt(a + TYPE) & 0xff) != IS_LONG || (getInt(b + TYPE) & 0xff) != IS_LONG) return false;
        long x = getLong(a), y = getLong(b);
        long r;
        switch (opcode) {
            case jzend.zend.compile.ZendOpcode.BW_AND -> r = x & y;
            case jzend.zend.compile.ZendOpcode.BW_OR -> r = x | y;
            case jzend.zend.compile.ZendOpcode.BW_XOR -> r = x ^ y;
            case jzend.zend.compile.ZendOpcode.MOD -> {
                if (y == 0 || y == -1) return false;
                r = x % y;
            }
            case jzend.zend.compile.ZendOpcode.SL -> {
                if (y < 0 || y >= 64) return false;
                r = x << y;
            }
            case jzend.zend.compile.ZendOpcode.SR -> {
                if (y < 0 || y >= 64) return false;
                r = x >> y;
            }
            default -> {
                return false;
            }
        }
        setLong(result, r);
        return true;
    }

    /** ZEND_ASSIGN_OP with any arithmetic or bitwise operator: var op= value. */
    public static void assignOp(int opcode, long var, long value) {
        var = ZendReference.deref(var);
        if (!longBinaryOp(opcode, var, var, value)) ZendArith.binary(opcode, var, var, value);
    }

    /** ZEND_ASSIGN_OP with any operator, concatenation included (a global's zval through FETCH_W). */
    public static void assignOpAny(int opcode, long var, long value) {
        if (opcode == jzend.zend.compile.ZendOpcode.CONCAT) assignConcat(var, value);
        else assignOp(opcode, var, value);
    }

    /**
     * ZEND_BIND_STATIC: {@code static $x} binds the CV to a reference to the function's static
     * variable, the function's table being made from the initial values on its first use. In a
     * closure the table is the closure object's; a captured variable ({@code flags} without
     * BIND_REF) is copied into the CV instead, an implicit capture that did not happen is skipped.
     */
    public static void bindStatic(long ex, long cv, long name, int flags) {
        var op = ZendFunctions.opArray(ZendExecuteData.func(ex));
        long ht;
        if (op.closure) {
            ht = ZendClosures.statics(ex);
        } else {
            ht = ZendClosures.functionStatics(op);
        }
        long zv = jzend.zend.hash.ZendHash.zend_hash_find(ht, getLong(name));
        if ((flags & ZendClosures.BIND_USE) != 0 && (flags & ZendClosures.BIND_REF) == 0) {
            if ((getInt(zv + TYPE) & 0xff) == IS_UNDEF) return;
            assign(cv, zv);
            return;
        }
        ZendReference.assignRef(cv, zv);
    }

    /** ZEND_ASSIGN_OP with ZEND_ADD: var += value. */
    public static void assignAdd(long var, long value) {
        var = ZendReference.deref(var);
        add(var, var, value);
    }

    /** ZEND_ASSIGN_OP with ZEND_SUB. */
    public static void assignSub(long var, long value) {
        var = ZendReference.deref(var);
        sub(var, var, value);
    }

    /** ZEND_ASSIGN_OP with ZEND_MUL. */
    public static void assignMul(long var, long value) {
        var = ZendReference.deref(var);
        mul(var, var, value);
    }

    /** ZEND_SPACESHIP: -1, 0 or 1. */
    public static void spaceship(long result, long a, long b) {
        setLong(result, ZendArith.compare(a, b));
    }

    /** Port of bitwise_not_function (ZEND_BW_NOT): ints, floats (with the lossy-conversion deprecation) and strings byte by byte. */
    public static void bwNot(long result, long a) {
        a = ZendReference.deref(a);
        int t = type(a);
        if (t == IS_LONG) {
            setLong(result, ~getLong(a));
        } else if (t == IS_DOUBLE) {
            setLong(result, ~jzend.zend.ops.Arith.dvalToLvalForOperator(getDouble(a), jzend.zend.Zend::zend_error));
        } else if (t == IS_STRING) {
            long s = getLong(a);
            long len = ZendString.len(s);
            if (len == 1) {
                setString(result, jzend.zend.string.ZendInternedStrings.oneChar(~jzend.zend.alloc.NativeMemory.getByte(ZendString.val(s)) & 0xff));
                return;
            }
            long r = ZendString.alloc(len, false);
            long src = ZendString.val(s), dst = ZendString.val(r);
            for (long i = 0; i < len; i++) jzend.zend.alloc.NativeMemory.putByte(dst + i, (byte) ~jzend.zend.alloc.NativeMemory.getByte(src + i));
            jzend.zend.alloc.NativeMemory.putByte(dst + len, (byte) 0);
            setString(result, r);
        } else {
            throw ZendError.create("TypeError", "Cannot perform bitwise not on " + ZendParseParameters.zend_zval_type_name(a));
        }
    }

    // ------------------------------------------------------------------ strings

    /** ZEND_CONCAT / ZEND_FAST_CONCAT: result = a . b (concat_function). */
    public static void concat(long result, long a, long b) {
        ZendStrings.concat(result, a, b);
    }

    /** ZEND_CAST: result = (type) value, with extended_value IS_LONG, IS_DOUBLE, IS_STRING, _IS_BOOL (18) or IS_NULL. */
    public static void cast(long result, long value, int toType) {
        value = ZendReference.deref(value);
        switch (toType) {
            case IS_STRING -> ZendStrings.castString(result, value);
            case IS_LONG -> setLong(result, ZendArith.longOf(value));
            case IS_DOUBLE -> setDouble(result, ZendArith.doubleOf(value));
            case 18 -> setBool(result, isTrue(value));
            case IS_NULL -> setNull(result);
            case IS_ARRAY -> castArray(result, value);
            default -> {
                // (object): an object stays itself; anything else would make a stdClass
                if (type(value) != ZendExceptions.IS_OBJECT) throw ZendError.create("Error", "jzend cannot cast to object yet");
                copyValue(result, value);
            }
        }
    }

    /** (array): an array as is, null as [], an object as its properties (a Closure as [closure]), anything else as [value]. */
    private static void castArray(long result, long value) {
        int t = type(value);
        if (t == IS_ARRAY) {
            copyValue(result, value);
        } else if (t == ZendExceptions.IS_OBJECT) {
            ZendObjectHandlers.castToArray(result, value);
        } else if (t == IS_NULL || t == IS_UNDEF) {
            if (t == IS_UNDEF) undefinedCv(value);
            jzend.zend.hash.ZendArrays.setEmptyArray(result);
        } else {
            long ht = jzend.zend.hash.ZendHash.zend_new_array(1);
            long slot = jzend.zend.hash.ZendHash.zend_hash_index_lookup(ht, 0);
            copyValue(slot, value);
            jzend.zend.hash.ZendArrays.setArray(result, ht);
        }
    }

    /** ZEND_ROPE_INIT / ZEND_ROPE_ADD: part {@code index} of the rope held in the result's temporaries. */
    public static void ropeAdd(long rope, int index, long value) {
        ZendStrings.ropeAdd(rope, index, value);
    }

    /** ZEND_ROPE_END. */
    public static void ropeEnd(long result, long rope, int index, long value) {
        ZendStrings.ropeEnd(result, rope, index, value);
    }

    /** zval_get_long for builtins: (int) of any value (arrays: 0 or 1), through references. */
    public static long longOf(long zv) {
        return ZendArith.longOf(zv);
    }

    /** zval_get_string for builtins: the value as a zend_string the caller owns a reference to. */
    public static long stringOfValue(long zv) {
        return ZendStrings.stringOf(zv);
    }

    /** ZEND_ASSIGN_OP with ZEND_CONCAT: var .= value, extending var's string in place when it is not shared. */
    public static void assignConcat(long var, long value) {
        var = ZendReference.deref(var);
        ZendStrings.concat(var, var, value);
    }

    // ------------------------------------------------------------------ increment and decrement

    /** ZEND_PRE_INC (result may be 0: unused). */
    public static void preInc(long var, long result) {
        var = ZendReference.deref(var);
        if (getInt(var + TYPE) == IS_LONG && getLong(var) != Long.MAX_VALUE) {
            putLong(var, getLong(var) + 1);
        } else {
            ZendArith.increment(var);
        }
        if (result != 0) copyValue(result, var);
    }

    /** ZEND_PRE_DEC. */
    public static void preDec(long var, long result) {
        var = ZendReference.deref(var);
        if (getInt(var + TYPE) == IS_LONG && getLong(var) != Long.MIN_VALUE) {
            putLong(var, getLong(var) - 1);
        } else {
            ZendArith.decrement(var);
        }
        if (result != 0) copyValue(result, var);
    }

    /** ZEND_POST_INC. */
    public static void postInc(long var, long result) {
        copyValue(result, var);
        preInc(var, 0);
    }

    /** ZEND_POST_DEC. */
    public static void postDec(long var, long result) {
        copyValue(result, var);
        preDec(var, 0);
    }

    // ------------------------------------------------------------------ comparisons

    /** ZEND_IS_SMALLER fused with the following JMPZ/JMPNZ (ZEND_VM_SMART_BRANCH). */
    public static boolean isSmaller(long a, long b) {
        int ta = getInt(a + TYPE), tb = getInt(b + TYPE);
        if (ta == IS_LONG && tb == IS_LONG) return getLong(a) < getLong(b);
        if (bothNumbers(ta, tb)) return doubleOf(a, ta) < doubleOf(b, tb);
        return ZendArith.compare(a, b) < 0;
    }

    /** ZEND_IS_SMALLER_OR_EQUAL, fused. */
    public static boolean isSmallerOrEqual(long a, long b) {
        int ta = getInt(a + TYPE), tb = getInt(b + TYPE);
        if (ta == IS_LONG && tb == IS_LONG) return getLong(a) <= getLong(b);
        if (bothNumbers(ta, tb)) return doubleOf(a, ta) <= doubleOf(b, tb);
        return ZendArith.compare(a, b) <= 0;
    }

    /** ZEND_IS_EQUAL, fused. */
    public static boolean isEqual(long a, long b) {
        if (getInt(a + TYPE) == IS_LONG && getInt(b + TYPE) == IS_LONG) return getLong(a) == getLong(b);
        return ZendArith.equal(a, b);
    }

    /** ZEND_IS_NOT_EQUAL, fused. */
    public static boolean isNotEqual(long a, long b) {
        return !isEqual(a, b);
    }

    /** ZEND_IS_IDENTICAL, fused. */
    public static boolean isIdentical(long a, long b) {
        a = ZendReference.deref(a);
        b = ZendReference.deref(b);
        int ta = getInt(a + TYPE) & 0xff;
        if (ta == IS_UNDEF) { undefinedCv(a); ta = IS_NULL; }
        int tb = getInt(b + TYPE) & 0xff;
        if (tb == IS_UNDEF) { undefinedCv(b); tb = IS_NULL; }
        if (ta != tb) return false;
        return switch (ta) {
            case IS_LONG -> getLong(a) == getLong(b);
            case IS_DOUBLE -> getDouble(a) == getDouble(b);
            case IS_STRING -> ZendString.equals(getLong(a), getLong(b));
            case IS_NULL, IS_FALSE, IS_TRUE -> true;
            case IS_ARRAY -> ZendArith.arraysIdentical(getLong(a), getLong(b));
            default -> getLong(a) == getLong(b); // objects: the same object
        };
    }

    /** ZEND_IS_NOT_IDENTICAL, fused. */
    public static boolean isNotIdentical(long a, long b) {
        return !isIdentical(a, b);
    }

    /** ZEND_BOOL_XOR: {@code a xor b}. */
    public static void boolXor(long result, long a, long b) {
        setBool(result, isTrue(a) ^ isTrue(b));
    }

    /** ZEND_JMP_SET ({@code a ?: b}): when the value is truthy it becomes the result and b is skipped. */
    public static boolean jmpSet(long result, long value, boolean tmp) {
        if (isTrue(value)) {
            if (tmp) moveValue(result, value);
            else copyValue(result, value);
            return true;
        }
        if (tmp) freeOp(value);
        return false;
    }

    /** ZEND_BEGIN_SILENCE: {@code @}: the error_reporting mask is saved in the result and narrowed to the fatal errors. */
    public static void beginSilence(long saved) {
        setLong(saved, ExecutorGlobals.error_reporting);
        ExecutorGlobals.error_reporting &= ZendErrors.E_ERROR | ZendErrors.E_CORE_ERROR | ZendErrors.E_COMPILE_ERROR
                | ZendErrors.E_USER_ERROR | ZendErrors.E_RECOVERABLE_ERROR | ZendErrors.E_PARSE;
    }

    /** ZEND_END_SILENCE: the saved mask is back, unless the silenced code set one that reports more than fatal errors. */
    public static void endSilence(long saved) {
        int mask = (int) getLong(saved);
        if (ZendErrors.hasOnlyFatalErrors(ExecutorGlobals.error_reporting) && !ZendErrors.hasOnlyFatalErrors(mask)) {
            ExecutorGlobals.error_reporting = mask;
        }
    }

    /** ZEND_BOOL_NOT. */
    public static void boolNot(long result, long value) {
        setBool(result, !isTrue(value));
    }

    /** zend_is_true, for JMPZ/JMPNZ and BOOL. */
    public static boolean isTrue(long zv) {
        int t = getInt(zv + TYPE) & 0xff;
        if (t == ZendReference.IS_REFERENCE) {
            zv = getLong(zv) + ZendReference.VAL;
            t = getInt(zv + TYPE) & 0xff;
        }
        if (t == IS_TRUE) return true;
        if (t <= IS_FALSE) {
            if (t == IS_UNDEF) undefinedCv(zv);
            return false;
        }
        if (t == IS_LONG) return getLong(zv) != 0;
        if (t == IS_DOUBLE) return getDouble(zv) != 0.0;
        if (t == IS_STRING) {
            long s = getLong(zv), len = ZendString.len(s);
            return len > 1 || (len == 1 && NativeMemory.getByte(ZendString.val(s)) != '0');
        }
        if (t == IS_ARRAY) return jzend.zend.hash.ZendArray.numOfElements(getLong(zv)) != 0;
        return true; // objects
    }

    /** ZEND_BOOL (and the value of JMPZ_EX/JMPNZ_EX): result = (bool) value; returns it. */
    public static boolean boolOf(long result, long value) {
        boolean b = isTrue(value);
        setBool(result, b);
        return b;
    }

    /** ZEND_UNSET_CV: the variable becomes undefined; its value is released. */
    public static void unsetCv(long var) {
        int t = getInt(var + TYPE);
        long v = getLong(var);
        putInt(var + TYPE, IS_UNDEF);
        if ((t & REFCOUNTED) != 0) releaseCounted(v, t);
    }

    /** ZEND_RECV_INIT: the argument when sent (checked against the declared type, if any), else the default. */
    public static void recvInit(long ex, int argNum, long cv, long dflt, int typeMask) {
        if (ZendExecuteData.numArgs(ex) < argNum || getInt(cv + TYPE) == IS_UNDEF) copyValue(cv, dflt); // not passed, or skipped by named arguments
        else if (typeMask != 0) ZendTypeChecks.verifyArg(ex, argNum, cv, typeMask);
    }

    /** RECV_INIT with a run-time default: whether the argument was passed (then type-checked); if not, the default's code runs next. */
    public static boolean recvPassed(long ex, int argNum, long cv, int typeMask) {
        if (ZendExecuteData.numArgs(ex) < argNum || getInt(cv + TYPE) == IS_UNDEF) return false;
        if (typeMask != 0) ZendTypeChecks.verifyArg(ex, argNum, cv, typeMask);
        return true;
    }

    /** ZEND_RECV with a type declaration. */
    public static void recvTyped(long ex, int argNum, long cv, int typeMask) {
        if (ZendExecuteData.numArgs(ex) < argNum) ZendCalls.tooFewArguments(ex);
        if (getInt(cv + TYPE) == IS_UNDEF) ZendCalls.notPassed(ex, argNum);
        ZendTypeChecks.verifyArg(ex, argNum, cv, typeMask);
    }

    /** ZEND_VERIFY_RETURN_TYPE: the value (0: none) copied or moved to the result, checked and coerced there. */
    public static void verifyReturnType(long ex, long result, long value, boolean tmp, int typeMask) {
        if (value == 0) {
            ZendTypeChecks.verifyReturn(ex, 0, typeMask);
            return;
        }
        if (tmp) moveValue(result, value);
        else copyValue(result, value);
        try {
            ZendTypeChecks.verifyReturn(ex, result, typeMask);
        } catch (RuntimeException | Error e) {
            // php checks a temporary in place, inside its live range; here it has moved to the result, past it
            freeOp(result);
            throw e;
        }
    }

    /** ZEND_ISSET_ISEMPTY_CV: isset($cv) (not null), or with {@code isEmpty} empty($cv) — never a warning. */
    public static void issetIsEmptyCv(long result, long cv, int isEmpty) {
        cv = ZendReference.deref(cv);
        int t = getInt(cv + TYPE) & 0xff;
        boolean set = t > IS_NULL;
        setBool(result, isEmpty == 0 ? set : !(set && isTrue(cv)));
    }

    /** ZEND_COALESCE: when the value is set and not null, it becomes the result (and the ?? jumps over the rest). */
    public static boolean coalesce(long result, long value, boolean tmp) {
        if (!tmp) value = ZendReference.deref(value);
        int t = getInt(value + TYPE) & 0xff;
        if (t > IS_NULL) {
            if (tmp) moveValue(result, value);
            else copyValue(result, value);
            return true;
        }
        if (tmp) freeOp(value);
        return false;
    }

    /** ZEND_EXIT: prints a string status, keeps an int one as the exit status, then unwinds. */
    public static void exit(long value, boolean tmp) {
        if (value != 0) {
            int t = getInt(value + TYPE) & 0xff;
            if (t == IS_LONG) ExecutorGlobals.exit_status = (int) getLong(value);
            else echo(value);
            if (tmp) freeOp(value); // FREE_OP1, before the unwind exit
        }
        throw new ZendExit();
    }

    /** ZEND_MATCH_ERROR: UnhandledMatchError "Unhandled match case …" (smart_str_append_scalar). */
    public static void matchError(long value, boolean tmp) {
        StringBuilder sb = new StringBuilder("Unhandled match case ");
        int t = getInt(value + TYPE) & 0xff; // a reference is "of type int", as php has it
        switch (t) {
            case IS_LONG -> sb.append(getLong(value));
            case IS_NULL, IS_UNDEF -> sb.append("NULL");
            case IS_FALSE -> sb.append("false");
            case IS_TRUE -> sb.append("true");
            case IS_DOUBLE -> {
                jzend.zend.ops.ByteBuf b = new jzend.zend.ops.ByteBuf();
                jzend.zend.ops.DoubleFormat.appendDouble(b, getDouble(value), ExecutorGlobals.precision, true); // smart_str_append_scalar
                sb.append(new String(b.toArray(), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            case IS_STRING -> ZendBacktrace.appendQuoted(sb, getLong(value));
            default -> sb.append("of type ").append(ZendParseParameters.zend_zval_type_name(value));
        }
        // the subject is not freed here: its live range reaches the FREE after the match
        throw ZendError.create("UnhandledMatchError", sb.toString());
    }

    /** ZEND_FETCH_CONSTANT: a user constant's value, or Error "Undefined constant \"X\"". */
    public static void fetchConstant(long result, long name) {
        String n = ZendString.toJavaString(getLong(name));
        long zv = jzend.zend.ZendConstants.find(n);
        if (zv == 0) throw ZendError.create("Error", "Undefined constant \"" + n + "\"");
        copyValue(result, zv);
    }

    /**
     * ZEND_INIT_FCALL_BY_NAME for a call not bound at compile time: the Error php throws when no
     * function has the name yet; otherwise the call goes on by name (CALL_ARRAY).
     */
    public static void initFcallByName(long name) {
        String n = ZendString.toJavaString(getLong(name));
        String lower = n.toLowerCase(java.util.Locale.ROOT);
        if (ZendFunctions.lookup(lower) >= 0 || jzend.zend.ZendInternalFunctions.lookup(lower) != 0) return;
        throw ZendError.create("Error", "Call to undefined function " + n + "()");
    }

    /** The value of a constant named by a string zval: a user one, a predefined one, or Error. */
    public static void constantValue(long result, long name) {
        String n = ZendString.toJavaString(getLong(name));
        Object v = jzend.zend.ZendConstants.predefined(n);
        if (v == null) {
            fetchConstant(result, name);
            return;
        }
        if (v instanceof Long l) setLong(result, l);
        else if (v instanceof Double d) setDouble(result, d);
        else if (v instanceof Boolean b) setBool(result, b);
        else setString(result, ZendString.init(((String) v).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), false));
    }

    /**
     * ZEND_STRLEN (strlen() compiled inline): a string's length; otherwise, unless the file is
     * strict, null is deprecated and 0, other scalars are measured as strings; anything else is
     * strlen()'s TypeError.
     */
    public static void strlen(long ex, long result, long value) {
        if ((getInt(value + TYPE) & 0xff) == IS_STRING) {
            setLong(result, ZendString.len(getLong(value)));
            return;
        }
        value = ZendReference.deref(value);
        int t = type(value);
        if (t == IS_STRING) {
            setLong(result, ZendString.len(getLong(value)));
            return;
        }
        if (t == IS_UNDEF) {
            undefinedCv(value);
            t = IS_NULL;
        }
        if (!ZendFunctions.opArray(ZendExecuteData.func(ex)).strictTypes) {
            if (t == IS_NULL) {
                Zend.zend_error(ZendErrors.E_DEPRECATED, "strlen(): Passing null to parameter #1 ($string) of type string is deprecated");
                setLong(result, 0);
                return;
            }
            if (t == IS_LONG || t == IS_DOUBLE || t == IS_FALSE || t == IS_TRUE) {
                long s = ZendStrings.stringOf(value);
                setLong(result, ZendString.len(s));
                ZendString.release(s);
                return;
            }
        }
        throw ZendError.create("TypeError", "strlen(): Argument #1 ($string) must be of type string, "
                + (t == IS_NULL ? "null" : ZendParseParameters.zend_zval_type_name(value)) + " given");
    }

    /**
     * ZEND_COUNT: count() or sizeof() ({@code sizeof} 1) of one argument, without a call frame:
     * an array's element count, else php's TypeError (the operand, a temporary, released first).
     */
    public static void count(long result, long value, boolean tmp, int sizeof) {
        long v = ZendReference.deref(value);
        int t = type(v);
        if (t == IS_ARRAY) {
            setLong(result, jzend.zend.hash.ZendArrays.zend_array_count(getLong(v)));
            if (tmp) freeOp(value);
            return;
        }
        if (t == IS_UNDEF) undefinedCv(v);
        String given = t == IS_UNDEF ? "null" : ZendParseParameters.zend_zval_type_name(v);
        ZendError e = ZendError.create("TypeError", (sizeof != 0 ? "sizeof" : "count") + "(): Argument #1 ($value) must be of type Countable|array, "
                + given + " given");
        if (tmp) freeOp(value); // FREE_OP1, after the error is made
        throw e;
    }

    /** ZEND_DECLARE_FUNCTION: a function declared in a block or a function body is bound to its name. */
    public static void declareFunction(int index) {
        ZendFunctions.declare(index);
    }

    /** ZEND_DECLARE_CONST (const X = …): registers, or warns that X is already defined. */
    public static void declareConst(long name, long value) {
        defineConstant(ZendString.toJavaString(getLong(name)), value);
    }

    /** zend_register_constant for a user constant: false (and PHP's warning) when the name is taken. */
    public static boolean defineConstant(String n, long value) {
        if (jzend.zend.ZendConstants.defined(n)) {
            Zend.zend_error(ZendErrors.E_WARNING, "Constant " + n + " already defined");
            return false;
        }
        long zv = jzend.zend.alloc.ZendAlloc.emalloc(16);
        copyValue(zv, value);
        jzend.zend.ZendConstants.register(n, zv);
        return true;
    }

    /** The request's user constants are released (clean_non_persistent_constants). */
    public static void destroyConstants() {
        jzend.zend.ZendConstants.clearRequest(zv -> {
            release(zv);
            jzend.zend.alloc.ZendAlloc.efree(zv);
        });
    }

    /** ZEND_FREE: drops a temporary. */
    public static void free(long value) {
        freeOp(value);
    }

    /** Stores a comparison's outcome (the non-fused form). */
    public static void storeBool(long result, boolean v) {
        setBool(result, v);
    }

    // ------------------------------------------------------------------ calls

    /** ZEND_INIT_FCALL: pushes the callee's frame (func < 0: an internal function, whose frame holds the arguments only). */
    public static void initFcall(long ex, int func, int numArgs, int frameSize) {
        if (func >= 0) {
            // zend_vm_calc_used_stack: room for the arguments beyond the declared parameters
            int extra = numArgs - ZendFunctions.opArray(func).numArgs;
            if (extra > 0) frameSize += 16 * extra;
        }
        initCall(ex, func, numArgs, frameSize);
    }

    /** ZEND_INIT_FCALL of a callee the code generator knew: {@code frameSize} already counts any extra arguments. */
    public static void initCall(long ex, int func, int numArgs, int frameSize) {
        long call = ZendVmStack.push(frameSize);
        ZendExecuteData.initCallFrame(call, func, numArgs, ZendExecuteData.call(ex));
        clearArgs(call, numArgs);
        ZendExecuteData.setCall(ex, call);
    }

    /** ZEND_SEND_VAR: copies a CV argument into the callee's frame (ZEND_CALL_ARG), adding a reference. */
    public static void sendVal(long ex, int argNum, long value) {
        long call = ZendExecuteData.call(ex);
        copyValue(call + ZendExecuteData.varOffset(argNum - 1), value);
    }

    /** ZEND_SEND_VAL of a TMP: the temporary moves into the callee's frame. */
    public static void sendTmp(long ex, int argNum, long value) {
        long call = ZendExecuteData.call(ex);
        moveValue(call + ZendExecuteData.varOffset(argNum - 1), value);
    }

    /** ZEND_SEND_REF: the variable (or element, through FETCH_DIM_W's IS_INDIRECT) becomes a reference the argument shares. */
    public static void sendRef(long ex, int argNum, long var) {
        long ref = ZendReference.makeRef(ZendArrayOps.slot(var));
        ZendReference.bind(ZendExecuteData.call(ex) + ZendExecuteData.varOffset(argNum - 1), ref);
    }

    /** ZEND_SEND_VAR_NO_REF: a call's result for a by-reference parameter: "Only variables should be passed by reference", sent as a new reference. */
    public static void sendVarNoRef(long ex, int argNum, long value) {
        // sent first: if an error handler throws on the notice, the unfinished call releases it
        long arg = ZendExecuteData.call(ex) + ZendExecuteData.varOffset(argNum - 1);
        moveValue(arg, value);
        ZendReference.makeRef(arg);
        Zend.zend_error(ZendErrors.E_NOTICE, "Only variables should be passed by reference");
    }

    /** ZEND_SEND_VAL_EX for a by-reference parameter: Error "f(): Argument #n ($x) cannot be passed by reference". */
    public static void sendValByRef(long ex, int argNum, long value, boolean tmp) {
        if (tmp) freeOp(value);
        int func = ZendExecuteData.func(ZendExecuteData.call(ex));
        String name, param;
        if (func < 0) {
            var entry = jzend.zend.ZendInternalFunctions.entry(func);
            name = entry.name();
            param = entry.paramName(argNum);
        } else {
            var callee = ZendFunctions.opArray(func);
            name = new String(callee.functionName, java.nio.charset.StandardCharsets.ISO_8859_1);
            param = new String(callee.paramNames[argNum - 1], java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        throw ZendError.create("Error", name + "(): Argument #" + argNum + " ($" + param + ") cannot be passed by reference");
    }

    /** ZEND_MAKE_REF: the element a VAR points at (IS_INDIRECT) becomes a reference, which the VAR now holds. */
    public static void makeRefVar(long var) {
        long ref = ZendReference.makeRef(ZendArrayOps.slot(var));
        ZendReference.bind(var, ref);
    }

    /**
     * Binds {@code target} to {@code ref}, which a temporary holds (MAKE_REF's VAR, a returned
     * reference): the temporary's count on it is given up, what the target held released.
     */
    private static void bindTakenRef(long target, long ref) {
        if (!(ZendReference.isRef(target) && getLong(target) == ref)) {
            int oldType = getInt(target + TYPE);
            long old = getLong(target);
            ZendReference.bind(target, ref);
            if ((oldType & REFCOUNTED) != 0) releaseCounted(old, oldType);
        }
        releaseCounted(ref, ZendReference.IS_REFERENCE_EX);
    }

    /**
     * ZEND_ASSIGN_REF: {@code var = &value}. A VAR value (MAKE_REF's) holds a reference of its own,
     * dropped after binding; the result, when used, is the shared value.
     */
    public static void assignRef(long var, long value, boolean valueIsVar, long result) {
        long target = ZendArrayOps.slot(var);
        if (valueIsVar) {
            bindTakenRef(target, getLong(value));
        } else {
            ZendReference.assignRef(target, value);
        }
        if (result != 0) copyValue(result, target);
    }

    /** ZEND_INIT_FCALL's frame: the arguments not sent yet read as undefined, so an exception before they are can unwind it. */
    private static void clearArgs(long call, int numArgs) {
        long arg = call + ZendExecuteData.SIZE;
        for (int i = 0; i < numArgs; i++, arg += 16) putInt(arg + TYPE, IS_UNDEF);
    }

    /**
     * ZEND_NEW: the object (file, line and trace recorded now, before the constructor runs) and
     * its constructor's frame, This set, ready for the arguments.
     */
    public static void newObject(long ex, long result, long className, int numArgs) {
        String name = ZendString.toJavaString(getLong(className));
        ZendClassEntry ce = ZendClassEntry.lookup(name);
        if (ce == null) throw ZendError.create("Error", "Class \"" + name + "\" not found");
        if (ce.isInterface) throw ZendError.create("Error", "Cannot instantiate interface " + ce.name);
        if (ce == ZendClassEntry.CLOSURE) {
            // object_init_ex makes the object, whose get_constructor (zend_closure_get_constructor) refuses;
            // HANDLE_EXCEPTION then frees it
            long closure = ZendClosures.instantiate();
            ZendError e = ZendError.create("Error", "Instantiation of class Closure is not allowed");
            ZendExceptions.release(closure);
            throw e;
        }
        long obj = ZendExceptions.create(ce);
        ZendExceptions.setObject(result, obj);
        initFcall(ex, constructor(ce), numArgs, ZendExecuteData.SIZE + 16 * (numArgs + 1));
        putLong(ZendExecuteData.call(ex) + ZendExecuteData.THIS, obj);
    }

    /** The frame id of the class's constructor: Exception::__construct, or ErrorException::__construct. */
    private static int constructor(ZendClassEntry ce) {
        return jzend.zend.ZendInternalFunctions.lookup(ce.instanceOf(ZendClassEntry.ERROR_EXCEPTION)
                ? "errorexception::__construct" : "exception::__construct");
    }

    /**
     * ZEND_THROW: the object becomes the exception in flight ("Can only throw objects" otherwise;
     * an object that is not a Throwable is php's Error too).
     */
    public static void throwOp(long value, boolean tmp) {
        long v = ZendReference.deref(value);
        if ((getInt(v + TYPE) & 0xff) != ZendExceptions.IS_OBJECT) {
            if (tmp) freeOp(value);
            throw ZendError.create("Error", "Can only throw objects");
        }
        long obj = getLong(v);
        if (!ZendExceptions.classOf(obj).instanceOf(ZendClassEntry.THROWABLE)) {
            // zend_throw_exception_object: a Closure cannot be thrown (the Error is made, then the operand freed)
            ZendError e = ZendError.create("Error", "Cannot throw objects that do not implement Throwable");
            if (tmp) freeOp(value);
            throw e;
        }
        if (!tmp) ZendExceptions.addRef(obj);
        throw ZendError.of(obj);
    }

    /** ZEND_INSTANCEOF with a class name (an unknown class: false). */
    public static void instanceOf(long result, long value, long className) {
        long v = ZendReference.deref(value);
        boolean r = false;
        if ((getInt(v + TYPE) & 0xff) == ZendExceptions.IS_OBJECT) {
            ZendClassEntry ce = ZendClassEntry.lookup(ZendString.toJavaString(getLong(className)));
            r = ce != null && ZendExceptions.classOf(getLong(v)).instanceOf(ce);
        }
        setBool(result, r);
    }

    /** ZEND_INIT_METHOD_CALL + DO_FCALL of a method without arguments; {@code nullsafe}: ?-> on null gives null. */
    public static void methodCall(long result, long object, long method, int nullsafe) {
        long v = ZendReference.deref(object);
        int t = getInt(v + TYPE) & 0xff;
        String name = ZendString.toJavaString(getLong(method));
        if (t != ZendExceptions.IS_OBJECT) {
            if (t == IS_UNDEF) undefinedCv(v);
            if (nullsafe != 0 && t <= IS_NULL) {
                setNull(result);
                return;
            }
            throw ZendError.create("Error", "Call to a member function " + name + "() on "
                    + ZendParseParameters.zendZvalTypeName(t == IS_UNDEF ? IS_NULL : t));
        }
        ZendExceptions.callMethod(result, getLong(v), name);
    }

    /**
     * ZEND_DO_UCALL's preparation (i_init_func_execute_data): unlink the call, set its return slot,
     * make the CVs after the passed arguments undefined (zend_init_cvs: frames are reused on the VM
     * stack, so they hold whatever the last call left), and return the frame to run. The callee's
     * number of declared parameters and the slot after its CVs and TMPs (where extra arguments
     * go) are constants of the call site.
     */
    public static long doUcall(long ex, long result, int lastVar, int numParams, int extraSlot) {
        long call = ZendExecuteData.call(ex);
        ZendExecuteData.setCall(ex, ZendExecuteData.prev(call));
        putLong(call + ZendExecuteData.PREV_EXECUTE_DATA, ex);
        if (result != 0) setNull(result);
        int n = ZendExecuteData.numArgs(call);
        if (n > numParams) {
            copyExtraArgs(call, numParams, n, extraSlot);
            n = numParams;
        }
        initCvs(call, n, lastVar);
        ZendExecuteData.initFuncExecuteData(call, result);
        ExecutorGlobals.current_execute_data = call;
        return call;
    }

    /**
     * Port of zend_copy_extra_args: the arguments beyond the declared parameters move (last first,
     * the ranges may overlap) to the slots after the CVs and TMPs, where func_get_args() finds them
     * and the frame's end frees them.
     */
    private static void copyExtraArgs(long ex, int numParams, int numArgs, int firstExtraSlot) {
        if (firstExtraSlot == numParams) return;
        for (int i = numArgs - numParams - 1; i >= 0; i--) {
            jzend.zend.alloc.NativeMemory.copy(ex + ZendExecuteData.varOffset(numParams + i),
                    ex + ZendExecuteData.varOffset(firstExtraSlot + i), 16);
        }
    }

    /** zend_vm_stack_free_extra_args: releases the arguments beyond the declared parameters. */
    private static void freeExtraArgs(long ex) {
        int n = ZendExecuteData.numArgs(ex);
        if (n == 0) return;
        var op = ZendFunctions.opArray(ZendExecuteData.func(ex));
        freeExtraArgs(ex, n, op.numArgs, op.lastVar() + op.T);
    }

    private static void freeExtraArgs(long ex, int n, int numParams, int extraSlot) {
        if (n <= numParams) return;
        long p = ex + ZendExecuteData.varOffset(extraSlot);
        for (int i = numParams; i < n; i++, p += 16) freeOp(p);
    }

    /** Port of zend_init_cvs: CVs [from, lastVar) become IS_UNDEF. */
    static void initCvs(long ex, int from, int lastVar) {
        long cv = ex + ZendExecuteData.SIZE + 16L * from;
        for (int i = from; i < lastVar; i++, cv += 16) putInt(cv + TYPE, IS_UNDEF);
    }

    /** ZEND_DO_ICALL's preparation: the internal call becomes current, its argument count is checked. */
    public static long doIcall(long ex, long result) {
        long call = ZendExecuteData.call(ex);
        ZendExecuteData.setCall(ex, ZendExecuteData.prev(call));
        putLong(call + ZendExecuteData.PREV_EXECUTE_DATA, ex);
        if (result != 0) setNull(result);
        ExecutorGlobals.current_execute_data = call;
        ZendParseParameters.checkArgCount(call);
        return call;
    }

    /** ZEND_DO_ICALL's end: the arguments are released (zend_vm_stack_free_args), the frame popped. */
    public static void icallDone(long ex, long call) {
        int n = ZendExecuteData.numArgs(call);
        for (int i = 0; i < n; i++) freeOp(call + ZendExecuteData.varOffset(i));
        ExecutorGlobals.current_execute_data = ex;
        ZendVmStack.pop(call);
    }

    /** The return slot of an internal call whose result is unused: released when the call ends. */
    public static void discardResult(long slot) {
        freeOp(slot);
    }

    /** ZEND_RECV: the argument was sent into its CV; fail when it was not sent. */
    public static void recv(long ex, int argNum) {
        if (ZendExecuteData.numArgs(ex) < argNum) ZendCalls.tooFewArguments(ex);
        if (getInt(ex + ZendExecuteData.varOffset(argNum - 1) + TYPE) == IS_UNDEF) ZendCalls.notPassed(ex, argNum);
    }

    /**
     * ZEND_RECV_VARIADIC: the arguments from {@code argNum} on (each with one more reference, a
     * reference kept as one) and the extra named ones, as an array in the CV.
     */
    public static void recvVariadic(long ex, int argNum, long cv) {
        int n = ZendExecuteData.numArgs(ex);
        long extraNamed = ZendCallable.extraNamedParams(ex); // kept by the frame until it ends
        if (n < argNum && extraNamed == 0) {
            jzend.zend.hash.ZendArrays.setEmptyArray(cv);
            return;
        }
        long ht = jzend.zend.hash.ZendHash.zend_new_array(Math.max(0, n - argNum + 1));
        for (int i = argNum - 1; i < n; i++) {
            long arg = ZendExecuteData.argAddress(ex, i);
            long slot = jzend.zend.hash.ZendHash.zend_hash_next_index_insert(ht, arg);
            if ((getInt(arg + TYPE) & REFCOUNTED) != 0) addRef(getLong(arg), getInt(arg + TYPE));
            if (slot == 0) throw new IllegalStateException();
        }
        if (extraNamed != 0) {
            for (int p = jzend.zend.hash.ZendHash.zend_hash_first_pos(extraNamed); p < jzend.zend.hash.ZendArray.numUsed(extraNamed);
                 p = jzend.zend.hash.ZendHash.zend_hash_next_pos(extraNamed, p)) {
                long slot = jzend.zend.hash.ZendHash.zend_hash_lookup(ht, jzend.zend.hash.ZendHash.zend_hash_str_key_at(extraNamed, p));
                copyValue(slot, jzend.zend.hash.ZendHash.zend_hash_data_at(extraNamed, p));
            }
        }
        jzend.zend.hash.ZendArrays.setArray(cv, ht);
    }

    /** ZEND_RETURN of a CV or CONST: copied (with a reference) to the caller's return slot. */
    public static void returnValue(long ex, long value) {
        long ret = getLong(ex + ZendExecuteData.RETURN_VALUE);
        if (ret != 0) copyValue(ret, value);
        else if (getInt(value + TYPE) == IS_UNDEF) undefinedCv(value);
    }

    /** The mark doUcallWantRef leaves in a call's return slot (IS_NULL with a flag above the type byte). */
    static final int WANT_REF = IS_NULL | (1 << 16);

    /** DO_UCALL for {@code $a = &f()}: the return slot is marked so that a RETURN_BY_REF leaves a reference in it. */
    public static long doUcallWantRef(long ex, long result, int lastVar, int numParams, int extraSlot) {
        long call = doUcall(ex, result, lastVar, numParams, extraSlot);
        if (result != 0) putInt(result + TYPE, WANT_REF);
        return call;
    }

    /**
     * ZEND_RETURN_BY_REF: a variable (CV, or element fetched for writing) goes back as a
     * reference when the caller asked for one ({@code $a = &f()}), else as a copy; any other value
     * is returned by value with php's notice.
     */
    public static void returnByRef(long ex, long value, boolean variable, boolean tmp) {
        long ret = getLong(ex + ZendExecuteData.RETURN_VALUE);
        if (!variable) {
            try {
                jzend.zend.Zend.zend_error(jzend.zend.ZendErrors.E_NOTICE, "Only variable references should be returned by reference");
            } catch (RuntimeException | Error e) {
                if (tmp) freeOp(value); // the value is not returned after all
                throw e;
            }
            boolean wanted = ret != 0 && getInt(ret + TYPE) == WANT_REF;
            if (tmp) returnTmp(ex, value);
            else if (ret != 0) copyValue(ret, value);
            if (wanted) ZendReference.makeRef(ret); // ZVAL_NEW_REF: the value goes back in a new reference
            return;
        }
        long slot = ZendArrayOps.slot(value);
        if ((getInt(slot + TYPE) & 0xff) == IS_UNDEF) setNull(slot); // fetched for writing: an undefined CV becomes null
        if (ret == 0) return;
        if (getInt(ret + TYPE) == WANT_REF) {
            long ref = ZendReference.makeRef(slot);
            ZendReference.bind(ret, ref);
        } else {
            copyValue(ret, ZendReference.deref(slot));
        }
    }

    /**
     * ZEND_ASSIGN_REF with ZEND_RETURNS_FUNCTION ({@code $a = &f()}): a reference the call returned
     * is bound (the temporary's hold on it moves to the variable); a value gets php's notice and is
     * assigned.
     */
    public static void assignRefFromCall(long var, long value, long result) {
        long target = ZendArrayOps.slot(var);
        if (ZendReference.isRef(value)) {
            bindTakenRef(target, getLong(value));
        } else {
            jzend.zend.Zend.zend_error(jzend.zend.ZendErrors.E_NOTICE, "Only variables should be assigned by reference");
            assignTmp(target, value);
        }
        if (result != 0) copyValue(result, target);
    }

    /** ZEND_RETURN of a TMP: moved to the caller's return slot, or released when nobody wants it. */
    public static void returnTmp(long ex, long value) {
        long ret = getLong(ex + ZendExecuteData.RETURN_VALUE);
        if (ret != 0) moveValue(ret, value);
        else freeOp(value);
    }

    /** zend_leave_helper: frees the frame's CVs (i_free_compiled_variables), pops it, back to the caller. */
    public static void leave(long ex, int lastVar) {
        freeCompiledVariables(ex, lastVar);
        freeExtraArgs(ex);
        leaveFrame(ex);
    }

    /** The same with the function's declared parameters and extra-argument slot as constants of its code. */
    public static void leave(long ex, int lastVar, int numParams, int extraSlot) {
        freeCompiledVariables(ex, lastVar);
        freeExtraArgs(ex, ZendExecuteData.numArgs(ex), numParams, extraSlot);
        leaveFrame(ex);
    }

    private static void leaveFrame(long ex) {
        ZendCallable.freeExtraNamedParams(ex);
        if (getLong(ex + ZendExecuteData.SYMBOL_TABLE) != 0) ZendSymbolTable.destroyFrameTable(ex);
        ExecutorGlobals.current_execute_data = ZendExecuteData.prev(ex);
        ZendVmStack.pop(ex);
    }

    /**
     * The same, when an exception unwinds the frame of function {@code func}: the unfinished calls
     * and what is live at the opline it left (cleanup_unfinished_calls, cleanup_live_vars), then
     * the variables. After a fatal error (ZendBailout) the live ranges are left alone, as php's
     * bailout leaves them.
     */
    public static void leaveOnException(Throwable t, long ex, int func, int lastVar) {
        ZendExceptions.unwindTo(ex); // the internal call that threw and unfinished calls release their arguments
        if (t instanceof ZendError || t instanceof ZendExit) {
            ZendExecute.cleanupLiveVars(ex, ZendFunctions.opArray(func), ZendExecuteData.opline(ex), 0);
        }
        freeCompiledVariables(ex, lastVar);
        freeExtraArgs(ex);
        leaveFrame(ex);
    }

    private static void freeCompiledVariables(long ex, int lastVar) {
        long cv = ex + ZendExecuteData.SIZE;
        for (int i = 0; i < lastVar; i++, cv += 16) {
            if ((getInt(cv + TYPE) & REFCOUNTED) != 0) release(cv);
        }
    }

    // ------------------------------------------------------------------ output

    /** Scratch buffer for formatting numbers: the executor runs on one thread. */
    private static final byte[] NUM = new byte[32];
    /** Scratch buffer for formatting floats (one executor thread). */
    private static final jzend.zend.ops.ByteBuf FLOAT = new jzend.zend.ops.ByteBuf();
    /** Scratch buffer for writing native strings through zend_write. */
    private static byte[] out = new byte[256];

    /** ZEND_ECHO: zend_print_zval of the value (strings as bytes, numbers as PHP prints them). */
    public static void echo(long value) {
        int t = getInt(value + TYPE) & 0xff;
        if (t == ZendReference.IS_REFERENCE) {
            value = getLong(value) + ZendReference.VAL;
            t = getInt(value + TYPE) & 0xff;
        }
        switch (t) {
            case IS_STRING -> writeString(getLong(value));
            case IS_LONG -> {
                int n = formatLong(getLong(value), NUM);
                Zend.zend_write(NUM, NUM.length - n, n);
            }
            case IS_TRUE -> {
                NUM[0] = '1';
                Zend.zend_write(NUM, 0, 1);
            }
            case IS_DOUBLE -> {
                FLOAT.reset();
                jzend.zend.ops.DoubleFormat.appendForEcho(FLOAT, getDouble(value));
                Zend.zend_write(FLOAT.array(), 0, FLOAT.length());
            }
            case IS_UNDEF -> undefinedCv(value);
            case IS_NULL, IS_FALSE -> { }
            default -> {
                long s = ZendStrings.stringOf(value);
                writeString(s);
                ZendString.release(s);
            }
        }
    }

    /** Writes a zend_string's bytes through zend_write. */
    static void writeString(long s) {
        int len = Math.toIntExact(ZendString.len(s));
        if (len > out.length) out = new byte[Math.max(len, out.length * 2)];
        NativeMemory.copyToArray(ZendString.val(s), out, 0, len);
        Zend.zend_write(out, 0, len);
    }

    /** smart_str_append_long: the decimal digits of v, right-aligned in buf; returns their count. */
    static int formatLong(long v, byte[] buf) {
        int p = buf.length;
        boolean neg = v < 0;
        do {
            long q = v / 10;
            buf[--p] = (byte) ('0' + Math.abs((int) (v - q * 10)));
            v = q;
        } while (v != 0);
        if (neg) buf[--p] = '-';
        return buf.length - p;
    }

    /** The interned empty string (zend_empty_string). */
    static long emptyString() {
        return ZendInternedStrings.emptyString();
    }
}
