package jzend.zend.execute;

/**
 * Errors of the calling convention (zend_execute.c): zend_missing_arg_error and friends.
 */
final class ZendCalls {
    private ZendCalls() {}

    /**
     * Port of zend_missing_arg_error: ArgumentCountError "Too few arguments to function f(),
     * N passed in FILE on line L and exactly M expected" (without "in … on line" when the caller
     * is not user code).
     */
    static void tooFewArguments(long ex) {
        var fn = ZendFunctions.opArray(ZendExecuteData.func(ex));
        int passed = ZendExecuteData.numArgs(ex);
        String expected = (fn.requiredNumArgs == fn.numArgs ? "exactly " : "at least ") + fn.requiredNumArgs;
        long caller = ZendExecuteData.prev(ex);
        String where = caller != 0 && ZendExecuteData.func(caller) >= 0 ? " in " + ZendBacktrace.file(caller) + " on line " + ZendBacktrace.line(caller) : "";
        throw ZendError.create("ArgumentCountError", "Too few arguments to function " + ZendBacktrace.functionName(ex)
                + "(), " + passed + " passed" + where + " and " + expected + " expected");
    }

    /** ArgumentCountError "f(): Argument #1 ($a) not passed": a required parameter skipped by named arguments. */
    static void notPassed(long ex, int argNum) {
        var fn = ZendFunctions.opArray(ZendExecuteData.func(ex));
        throw ZendError.create("ArgumentCountError", ZendBacktrace.functionName(ex) + "(): Argument #" + argNum + " ($"
                + new String(fn.paramNames[argNum - 1], java.nio.charset.StandardCharsets.ISO_8859_1) + ") not passed");
    }
}
