package jzend.zend.execute;

import jzend.zend.ExecutorGlobals;

import java.lang.invoke.MethodHandle;

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

    /** destroy_op_array for every op_array of the request, and the request's function table emptied. */
    public static void destroyAll() {
        for (int f = 0; f < ZendFunctions.count(); f++) jzend.zend.compile.ZendCompiler.destroyOpArray(ZendFunctions.opArray(f));
        ZendFunctions.clear();
    }
}
