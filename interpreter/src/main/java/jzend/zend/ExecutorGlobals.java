package jzend.zend;

/**
 * The parts of zend_executor_globals (EG()) the start-up chain uses. NTS build: one per process.
 */
public final class ExecutorGlobals {
    private ExecutorGlobals() {}

    /** EG(exit_status): the process exit status; 255 after a fatal error, exit(n) sets it. */
    public static int exit_status;

    /** EG(error_reporting): the mask php_error_cb displays and logs; the ini error_reporting sets it. */
    public static int error_reporting = ZendErrors.E_ALL;

    /**
     * The executor's answer to zend_get_executed_filename/lineno: set while a script runs (null
     * otherwise, zend_is_executing() is then false).
     */
    public static ZendLocation executing;

    /** EG(current_execute_data): the address of the frame now executing, 0 outside execution. */
    public static long current_execute_data;

    /**
     * EG(precision): the ini precision, the significant digits of a float converted to a string
     * (echo, concatenation, (string), strval, print_r, comparisons with non-numeric strings);
     * -1 = the shortest round-trip form, 0 behaves as 1.
     */
    public static int precision = 14;

    /** EG(symbol_table): the address of the globals' HashTable (0 outside a request). */
    public static long symbol_table;
}
