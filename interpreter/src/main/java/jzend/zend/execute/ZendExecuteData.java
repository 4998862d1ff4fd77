package jzend.zend.execute;

import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;
import static jzend.zend.alloc.NativeMemory.putInt;
import static jzend.zend.alloc.NativeMemory.putLong;

/**
 * The layout of a call frame (struct _zend_execute_data, 80 bytes = ZEND_CALL_FRAME_SLOT 5
 * zvals), followed by the function's CVs and then its TMP/VARs, 16 bytes each; an operand's
 * value is at {@code frame + offset} as EX_VAR(offset) has it.
 *
 * <pre>
 *   @0  opline             index of the executing opline (PHP: a pointer), for error lines
 *   @8  call               the frame being prepared by INIT_FCALL … DO_FCALL
 *   @16 return_value       where RETURN writes (0: the value is discarded)
 *   @24 func               index of the function in {@link ZendFunctions}
 *   @32 This               zval; This.u2.num_args at @44
 *   @48 prev_execute_data  the caller's frame (stack traces, call paths)
 *   @56 symbol_table       a function's table rebuilt by compact/extract (0: none)
 *   @64 run_time_cache, @72 extra_named_params
 * </pre>
 */
public final class ZendExecuteData {
    private ZendExecuteData() {}

    public static final int OPLINE = 0, CALL = 8, RETURN_VALUE = 16, FUNC = 24, THIS = 32, NUM_ARGS = 44,
            PREV_EXECUTE_DATA = 48, SYMBOL_TABLE = 56, RUN_TIME_CACHE = 64, EXTRA_NAMED_PARAMS = 72;
    /** sizeof(zend_execute_data) rounded to zvals: ZEND_CALL_FRAME_SLOT * sizeof(zval). */
    public static final int SIZE = 80;

    /** EX_VAR_NUM(n): the byte offset of CV or TMP number n. */
    public static int varOffset(int n) {
        return SIZE + 16 * n;
    }

    public static int opline(long ex) { return getInt(ex + OPLINE); }
    public static void setOpline(long ex, int opline) { putInt(ex + OPLINE, opline); }
    public static long call(long ex) { return getLong(ex + CALL); }
    public static void setCall(long ex, long call) { putLong(ex + CALL, call); }
    public static long returnValue(long ex) { return getLong(ex + RETURN_VALUE); }
    public static int func(long ex) { return getInt(ex + FUNC); }
    public static int numArgs(long ex) { return getInt(ex + NUM_ARGS); }
    public static long prev(long ex) { return getLong(ex + PREV_EXECUTE_DATA); }

    /**
     * ZEND_CALL_ARG of a running frame: argument {@code i} (0-based); a user function's arguments
     * beyond its parameters are after its CVs and TMPs (zend_copy_extra_args).
     */
    public static long argAddress(long ex, int i) {
        int f = func(ex);
        if (f >= 0) {
            var op = ZendFunctions.opArray(f);
            if (i >= op.numArgs) return ex + varOffset(op.lastVar() + op.T + i - op.numArgs);
        }
        return ex + varOffset(i);
    }

    /**
     * Port of zend_vm_init_call_frame: what PHP writes when it pushes a frame (the function,
     * This with the call info and the argument count, and the link to the call being prepared);
     * opline, call and return_value are set when the call starts (i_init_func_execute_data).
     */
    public static void initCallFrame(long call, int func, int numArgs, long prev) {
        putInt(call + FUNC, func);
        putLong(call + THIS, 0);
        putInt(call + THIS + 8, 0);
        putInt(call + NUM_ARGS, numArgs);
        putLong(call + PREV_EXECUTE_DATA, prev);
        putLong(call + SYMBOL_TABLE, 0);
    }

    /** The part of i_init_func_execute_data that starts a call: no nested call yet, where to return. */
    public static void initFuncExecuteData(long ex, long returnValue) {
        putLong(ex + CALL, 0);
        putLong(ex + RETURN_VALUE, returnValue);
    }
}
