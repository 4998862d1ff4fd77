package jzend.zend.execute;

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
 * <p>This first set covers null, bool, int and float values; strings and arrays join with the
 * zend_string/HashTable layer.
 */
public final class ZendVm {
    private ZendVm() {}

    // zval type codes (zend_types.h)
    public static final int IS_UNDEF = 0, IS_NULL = 1, IS_FALSE = 2, IS_TRUE = 3, IS_LONG = 4, IS_DOUBLE = 5;
    /** Offset of u1.type_info in a zval. */
    static final int TYPE = 8;

    static int type(long zv) { return getInt(zv + TYPE) & 0xff; }
    public static void setLong(long zv, long v) { putLong(zv, v); putInt(zv + TYPE, IS_LONG); }
    public static void setDouble(long zv, double v) { putDouble(zv, v); putInt(zv + TYPE, IS_DOUBLE); }
    public static void setBool(long zv, boolean v) { putInt(zv + TYPE, v ? IS_TRUE : IS_FALSE); }
    public static void setNull(long zv) { putInt(zv + TYPE, IS_NULL); }

    /** ZVAL_COPY_VALUE for the scalar types of this first set; an undefined CV reads as null, with PHP's warning. */
    static void copyValue(long dst, long src) {
        int t = getInt(src + TYPE);
        if (t == IS_UNDEF) {
            undefinedCv(src);
            t = IS_NULL;
        }
        putLong(dst, getLong(src));
        putInt(dst + TYPE, t);
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
        jzend.zend.ZendErrors.zend_error(jzend.zend.ZendErrors.E_WARNING, "Undefined variable $" + name);
    }

    // ------------------------------------------------------------------ assignments

    /** ZEND_ASSIGN (CV = value): zend_assign_to_variable for scalars. */
    public static void assign(long var, long value) {
        copyValue(var, value);
    }

    /** ZEND_QM_ASSIGN: result = value. */
    public static void qmAssign(long result, long value) {
        copyValue(result, value);
    }

    // ------------------------------------------------------------------ arithmetic

    /** ZEND_ADD. */
    public static void add(long result, long a, long b) {
        if (getInt(a + TYPE) == IS_LONG && getInt(b + TYPE) == IS_LONG) {
            long x = getLong(a), y = getLong(b), s = x + y;
            if (((x ^ s) & (y ^ s)) >= 0) {
                setLong(result, s);
                return;
            }
        }
        arith(ZendArith.ADD, result, a, b);
    }

    /** ZEND_SUB. */
    public static void sub(long result, long a, long b) {
        if (getInt(a + TYPE) == IS_LONG && getInt(b + TYPE) == IS_LONG) {
            long x = getLong(a), y = getLong(b), s = x - y;
            if (((x ^ y) & (x ^ s)) >= 0) {
                setLong(result, s);
                return;
            }
        }
        arith(ZendArith.SUB, result, a, b);
    }

    /** ZEND_MUL. */
    public static void mul(long result, long a, long b) {
        if (getInt(a + TYPE) == IS_LONG && getInt(b + TYPE) == IS_LONG) {
            long x = getLong(a), y = getLong(b);
            long hi = Math.multiplyHigh(x, y), lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                setLong(result, lo);
                return;
            }
        }
        arith(ZendArith.MUL, result, a, b);
    }

    /** ZEND_DIV, ZEND_MOD, ZEND_POW, ZEND_SL, ZEND_SR, ZEND_BW_OR/AND/XOR (opcode numbers as in zend_vm_opcodes.h). */
    public static void binaryOp(int opcode, long result, long a, long b) {
        ZendArith.binary(opcode, result, a, b);
    }

    /** ZEND_ASSIGN_OP with any of the binary operators: var op= value. */
    public static void assignOp(int opcode, long var, long value) {
        ZendArith.binary(opcode, var, var, value);
    }

    /** ZEND_SPACESHIP: -1, 0 or 1. */
    public static void spaceship(long result, long a, long b) {
        setLong(result, ZendArith.compare(a, b));
    }

    /** ZEND_BW_NOT for numbers. */
    public static void bwNot(long result, long a) {
        int t = getInt(a + TYPE) & 0xff;
        if (t == IS_LONG) setLong(result, ~getLong(a));
        else if (t == IS_DOUBLE) setLong(result, ~jzend.zend.ops.Arith.dvalToLval(getDouble(a)));
        else throw ZendError.create("TypeError", "Cannot perform bitwise not on " + ZendParseParameters.zendZvalTypeName(t));
    }

    /** ZEND_ASSIGN_OP with ZEND_ADD: var += value. */
    public static void assignAdd(long var, long value) {
        add(var, var, value);
    }

    /** ZEND_ASSIGN_OP with ZEND_SUB. */
    public static void assignSub(long var, long value) {
        sub(var, var, value);
    }

    /** ZEND_ASSIGN_OP with ZEND_MUL. */
    public static void assignMul(long var, long value) {
        mul(var, var, value);
    }

    private static void arith(int op, long result, long a, long b) {
        ZendArith.binary(op, result, a, b);
    }

    /** Scratch buffer for formatting floats (one executor thread). */
    private static final jzend.zend.ops.ByteBuf FLOAT = new jzend.zend.ops.ByteBuf();

    // ------------------------------------------------------------------ increment and decrement

    /** ZEND_PRE_INC (result may be 0: unused). */
    public static void preInc(long var, long result) {
        if (getInt(var + TYPE) == IS_LONG && getLong(var) != Long.MAX_VALUE) {
            putLong(var, getLong(var) + 1);
        } else {
            ZendArith.increment(var);
        }
        if (result != 0) copyValue(result, var);
    }

    /** ZEND_PRE_DEC. */
    public static void preDec(long var, long result) {
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
        if (getInt(a + TYPE) == IS_LONG && getInt(b + TYPE) == IS_LONG) return getLong(a) < getLong(b);
        return ZendArith.compare(a, b) < 0;
    }

    /** ZEND_IS_SMALLER_OR_EQUAL, fused. */
    public static boolean isSmallerOrEqual(long a, long b) {
        if (getInt(a + TYPE) == IS_LONG && getInt(b + TYPE) == IS_LONG) return getLong(a) <= getLong(b);
        return ZendArith.compare(a, b) <= 0;
    }

    /** ZEND_IS_EQUAL, fused. */
    public static boolean isEqual(long a, long b) {
        if (getInt(a + TYPE) == IS_LONG && getInt(b + TYPE) == IS_LONG) return getLong(a) == getLong(b);
        return ZendArith.compare(a, b) == 0;
    }

    /** ZEND_IS_IDENTICAL, fused. */
    public static boolean isIdentical(long a, long b) {
        int ta = getInt(a + TYPE);
        if (ta == IS_UNDEF) { undefinedCv(a); ta = IS_NULL; }
        int tb = getInt(b + TYPE);
        if (tb == IS_UNDEF) { undefinedCv(b); tb = IS_NULL; }
        if (ta != tb) return false;
        return switch (ta & 0xff) {
            case IS_LONG -> getLong(a) == getLong(b);
            case IS_DOUBLE -> getDouble(a) == getDouble(b);
            default -> true; // null, false, true
        };
    }

    /** ZEND_IS_NOT_EQUAL, fused. */
    public static boolean isNotEqual(long a, long b) {
        return !isEqual(a, b);
    }

    /** ZEND_IS_NOT_IDENTICAL, fused. */
    public static boolean isNotIdentical(long a, long b) {
        return !isIdentical(a, b);
    }

    /** ZEND_BOOL_NOT. */
    public static void boolNot(long result, long value) {
        setBool(result, !isTrue(value));
    }

    /** zend_is_true, for JMPZ/JMPNZ and BOOL. */
    public static boolean isTrue(long zv) {
        int t = getInt(zv + TYPE) & 0xff;
        if (t == IS_TRUE) return true;
        if (t <= IS_FALSE) {
            if (t == IS_UNDEF) undefinedCv(zv);
            return false;
        }
        if (t == IS_LONG) return getLong(zv) != 0;
        if (t == IS_DOUBLE) return getDouble(zv) != 0.0;
        throw new UnsupportedOperationException("zend_is_true of type " + t + " needs the string/array layer");
    }

    /** ZEND_BOOL (and the value of JMPZ_EX/JMPNZ_EX): result = (bool) value; returns it. */
    public static boolean boolOf(long result, long value) {
        boolean b = isTrue(value);
        setBool(result, b);
        return b;
    }

    /** ZEND_FREE: drops a temporary (zval_ptr_dtor_nogc; nothing to release for scalars). */
    public static void free(long value) {
    }

    /** Stores a comparison's outcome (the non-fused form). */
    public static void storeBool(long result, boolean v) {
        setBool(result, v);
    }

    // ------------------------------------------------------------------ calls

    /** ZEND_INIT_FCALL: pushes the callee's frame; EX(call) links the calls being prepared. */
    public static void initFcall(long ex, int func, int numArgs, int frameSize) {
        // func < 0: an internal function (its frame holds the arguments only)
        long call = ZendVmStack.push(frameSize);
        ZendExecuteData.initCallFrame(call, func, numArgs, ZendExecuteData.call(ex));
        ZendExecuteData.setCall(ex, call);
    }

    /** ZEND_SEND_VAL / SEND_VAR: copies an argument into the callee's frame (ZEND_CALL_ARG). */
    public static void sendVal(long ex, int argNum, long value) {
        long call = ZendExecuteData.call(ex);
        copyValue(call + ZendExecuteData.varOffset(argNum - 1), value);
    }

    /** ZEND_DO_UCALL's preparation: unlink the call, set its return slot, returns the frame to run. */
    public static long doUcall(long ex, long result) {
        long call = ZendExecuteData.call(ex);
        ZendExecuteData.setCall(ex, ZendExecuteData.prev(call));
        putLong(call + ZendExecuteData.PREV_EXECUTE_DATA, ex);
        if (result != 0) setNull(result);
        ZendExecuteData.initFuncExecuteData(call, result);
        ExecutorGlobals.current_execute_data = call;
        return call;
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

    /** ZEND_DO_ICALL's end: the arguments are released, the frame popped, the caller current again. */
    public static void icallDone(long ex, long call) {
        ExecutorGlobals.current_execute_data = ex;
        ZendVmStack.pop(call);
    }

    /** ZEND_RECV: the argument was sent into its CV; fail when it was not sent. */
    public static void recv(long ex, int argNum) {
        if (ZendExecuteData.numArgs(ex) < argNum) ZendCalls.tooFewArguments(ex);
    }

    /** ZEND_RETURN: copies the value to the caller's return slot. */
    public static void returnValue(long ex, long value) {
        long ret = getLong(ex + ZendExecuteData.RETURN_VALUE);
        if (ret != 0) copyValue(ret, value);
    }

    /** zend_leave_helper: frees the frame's CVs (scalars need nothing yet), pops it, back to the caller. */
    public static void leave(long ex) {
        ExecutorGlobals.current_execute_data = ZendExecuteData.prev(ex);
        ZendVmStack.pop(ex);
    }

    /** The same, when an exception unwinds the frame. */
    public static void leaveOnException(long ex) {
        ExecutorGlobals.current_execute_data = ZendExecuteData.prev(ex);
        ZendVmStack.pop(ex);
    }

    // ------------------------------------------------------------------ output

    /** Scratch buffer for formatting numbers: the executor runs on one thread. */
    private static final byte[] NUM = new byte[32];

    /** ZEND_ECHO for the scalar types of this first set (zend_print_zval without a string). */
    public static void echo(long value) {
        int t = getInt(value + TYPE) & 0xff;
        switch (t) {
            case IS_LONG -> {
                int n = formatLong(getLong(value), NUM);
                jzend.zend.ZendWrite.write(NUM, NUM.length - n, n);
            }
            case IS_TRUE -> {
                NUM[0] = '1';
                jzend.zend.ZendWrite.write(NUM, 0, 1);
            }
            case IS_DOUBLE -> {
                FLOAT.reset();
                jzend.zend.ops.DoubleFormat.appendForEcho(FLOAT, getDouble(value));
                jzend.zend.ZendWrite.write(FLOAT.array(), 0, FLOAT.length());
            }
            case IS_UNDEF -> undefinedCv(value);
            case IS_NULL, IS_FALSE -> { }
            default -> throw new UnsupportedOperationException("echo of type " + t + " needs the string layer");
        }
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
}
