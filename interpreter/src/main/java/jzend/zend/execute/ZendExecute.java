package jzend.zend.execute;

import jzend.zend.ExecutorGlobals;
import jzend.zend.ZendErrors;
import jzend.zend.compile.ZendLiveRanges;
import jzend.zend.compile.ZendOp;
import jzend.zend.compile.ZendOpArray;
import jzend.zend.compile.ZendOpcode;
import jzend.zend.string.ZendString;

import java.lang.invoke.MethodHandle;

import static jzend.zend.alloc.NativeMemory.getLong;

/**
 * Entry into generated code (zend_execute.c's zend_execute): pushes the frame of a script's or
 * function's op_array and runs it.
 */
public final class ZendExecute {
    private ZendExecute() {}

    /** zend_get_executed_filename/lineno, read off EG(current_execute_data). */
    static final jzend.zend.ZendLocation EXECUTED = new jzend.zend.ZendLocation() {
        @Override public String filename() { return ZendBacktrace.file(ExecutorGlobals.current_execute_data); }
        @Override public int lineno() { return ZendBacktrace.line(ExecutorGlobals.current_execute_data); }
    };

    /** Port of zend_execute: runs a registered, compiled op_array with no arguments. */
    public static void execute(int func) {
        var op = ZendFunctions.opArray(func);
        long ex = ZendVmStack.push(op.frameSize());
        ZendExecuteData.initCallFrame(ex, func, 0, 0);
        ZendExecuteData.initFuncExecuteData(ex, 0);
        ZendVm.initCvs(ex, 0, op.vars.length);
        ZendSymbolTable.attach(ex, op.vars);
        MethodHandle entry = ZendFunctions.entry(func);
        long caller = ExecutorGlobals.current_execute_data;
        jzend.zend.ZendLocation callerLocation = ExecutorGlobals.executing;
        ExecutorGlobals.current_execute_data = ex;
        ExecutorGlobals.executing = EXECUTED;
        try {
            entry.invokeExact(ex);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        } finally {
            ZendSymbolTable.detach(op.vars);
            ExecutorGlobals.current_execute_data = caller;
            ExecutorGlobals.executing = callerLocation;
        }
    }

    /**
     * ZEND_HANDLE_EXCEPTION for a catch or finally block of the function {@code func} at opline
     * {@code catchOpNum} (zend_dispatch_try_catch_finally_helper): the frames above this one are
     * gone, the unfinished calls release their arguments (cleanup_unfinished_calls), and what the
     * try block left live is released — not what lives on around the try statement.
     */
    public static void handleException(long ex, int func, int catchOpNum) {
        ZendExceptions.unwindTo(ex);
        cleanupLiveVars(ex, ZendFunctions.opArray(func), ZendExecuteData.opline(ex), catchOpNum);
    }

    /**
     * Port of cleanup_live_vars: an exception leaves opline {@code opNum} of frame {@code ex}
     * for the catch or finally block at {@code catchOpNum} (0: it leaves the function). Each
     * live range around the opline that ends before that block is released by its kind: a
     * temporary, a foreach iterator (as FE_FREE), the rope parts already set, or the
     * error_reporting that {@code @} saved, restored.
     *
     * <p>Before that, jzend's part: the operands that the opline's handler would have freed
     * (FREE_OP1/FREE_OP2, which php's handlers do even on an exception) are freed here, because
     * the generated code frees them after the handler returns, which it did not.
     */
    public static void cleanupLiveVars(long ex, ZendOpArray op, int opNum, int catchOpNum) {
        if (opNum < 0 || opNum >= op.opcodes.length) throw new IllegalStateException("no saved opline in " + op.dump());
        long liveRange = op.liveRange;
        int[] operands = op.freedAfterHandler != null ? op.freedAfterHandler[opNum] : null;
        if (operands != null) {
            for (int var : operands) {
                if (!isLive(op, opNum, var)) ZendVm.freeOp(ex + var);
            }
        }
        for (int i = 0; i < op.lastLiveRange; i++) {
            long range = liveRange + (long) ZendLiveRanges.SIZE * i;
            if (ZendLiveRanges.start(range) > opNum) {
                // further blocks will not be relevant...
                break;
            }
            int end = ZendLiveRanges.end(range);
            if (opNum >= end || (catchOpNum != 0 && catchOpNum < end)) continue;
            int kind = ZendLiveRanges.var(range) & ZendLiveRanges.ZEND_LIVE_MASK;
            int varNum = ZendLiveRanges.var(range) & ~ZendLiveRanges.ZEND_LIVE_MASK;
            long var = ex + varNum;
            switch (kind) {
                case ZendLiveRanges.ZEND_LIVE_TMPVAR -> ZendVm.freeOp(var);
                case ZendLiveRanges.ZEND_LIVE_LOOP -> ZendVm.freeOp(var); // FE_FREE: the array or reference the iterator holds
                case ZendLiveRanges.ZEND_LIVE_ROPE -> {
                    // the parts up to the last ROPE_INIT/ROPE_ADD that ran
                    ZendOp[] ops = op.opcodes;
                    int last = opNum;
                    while ((ops[last].opcode != ZendOpcode.ROPE_ADD && ops[last].opcode != ZendOpcode.ROPE_INIT)
                            || ops[last].result != varNum) {
                        last--;
                    }
                    for (int j = ops[last].opcode == ZendOpcode.ROPE_INIT ? 0 : ops[last].extendedValue; j >= 0; j--) {
                        ZendString.release(getLong(var + 8L * j));
                    }
                }
                case ZendLiveRanges.ZEND_LIVE_SILENCE -> {
                    // restore the error_reporting saved by BEGIN_SILENCE
                    long saved = getLong(var);
                    if (ZendErrors.hasOnlyFatalErrors(ExecutorGlobals.error_reporting) && !ZendErrors.hasOnlyFatalErrors((int) saved)) {
                        ExecutorGlobals.error_reporting = (int) saved;
                    }
                }
                default -> throw new IllegalStateException("live range kind " + kind);
            }
        }
    }

    /** Whether a live range other than one ending at {@code opNum} holds {@code var} there. */
    private static boolean isLive(ZendOpArray op, int opNum, int var) {
        for (int i = 0; i < op.lastLiveRange; i++) {
            long range = op.liveRange + (long) ZendLiveRanges.SIZE * i;
            if (ZendLiveRanges.start(range) > opNum) break;
            if (opNum < ZendLiveRanges.end(range) && (ZendLiveRanges.var(range) & ~ZendLiveRanges.ZEND_LIVE_MASK) == var) return true;
        }
        return false;
    }

    /** destroy_op_array for every op_array of the request, and the request's function table emptied. */
    public static void destroyAll() {
        for (int f = 0; f < ZendFunctions.count(); f++) jzend.zend.compile.ZendCompiler.destroyOpArray(ZendFunctions.opArray(f));
        ZendFunctions.clear();
    }
}
