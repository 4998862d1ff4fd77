package jzend.zend.execute;

import java.lang.invoke.MethodHandle;

/**
 * Entry into generated code (zend_execute.c's zend_execute): pushes the frame of a script's or
 * function's op_array and runs it.
 */
public final class ZendExecute {
    private ZendExecute() {}

    /** zend_get_executed_filename/lineno for zend_error, from EG(current_execute_data). */
    private static final jzend.zend.ZendErrors.Location EXECUTED = new jzend.zend.ZendErrors.Location() {
        @Override public String file() { return ZendBacktrace.file(ExecutorGlobals.current_execute_data); }
        @Override public int line() { return ZendBacktrace.line(ExecutorGlobals.current_execute_data); }
    };

    /** Port of zend_execute: runs a registered, compiled op_array with no arguments. */
    public static void execute(int func) {
        jzend.zend.ZendErrors.executedLocation = EXECUTED;
        var op = ZendFunctions.opArray(func);
        long ex = ZendVmStack.push(op.frameSize());
        ZendExecuteData.initCallFrame(ex, func, 0, 0);
        ZendExecuteData.initFuncExecuteData(ex, 0);
        MethodHandle entry = ZendFunctions.entry(func);
        long caller = ExecutorGlobals.current_execute_data;
        ExecutorGlobals.current_execute_data = ex;
        try {
            entry.invokeExact(ex);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        } finally {
            ExecutorGlobals.current_execute_data = caller;
        }
    }
}
