package jzend.zend.execute;

/**
 * Errors of the calling convention (zend_execute.c): zend_missing_arg_error and friends.
 */
final class ZendCalls {
    private ZendCalls() {}

    /** Port of zend_missing_arg_error: ArgumentCountError "Too few arguments to function f(), N passed … and exactly M expected". */
    static void tooFewArguments(long ex) {
        var fn = ZendFunctions.opArray(ZendExecuteData.func(ex));
        int passed = ZendExecuteData.numArgs(ex);
        String name = new String(fn.functionName, java.nio.charset.StandardCharsets.ISO_8859_1);
        String expected = (fn.requiredNumArgs == fn.numArgs ? "exactly " : "at least ") + fn.requiredNumArgs;
        throw new ZendError("ArgumentCountError", "Too few arguments to function " + name + "(), " + passed
                + " passed and " + expected + " expected");
    }
}
