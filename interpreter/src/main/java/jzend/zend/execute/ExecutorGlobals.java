package jzend.zend.execute;

/**
 * The executor's globals (EG() of zend_globals.h) that generated code and handlers share. NTS:
 * one interpreter per process.
 */
public final class ExecutorGlobals {
    private ExecutorGlobals() {}

    /** EG(current_execute_data): the frame now executing (0 outside execution). */
    public static long current_execute_data;
}
