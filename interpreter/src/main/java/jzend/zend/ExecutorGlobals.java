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

    /**
     * EG(user_error_handler): the zval set_error_handler() stored (IS_UNDEF when none). EG is
     * static memory in php, so this zval lives outside ZendMM; what it holds is the request's.
     */
    public static final long user_error_handler = java.lang.foreign.Arena.global().allocate(16, 8).address();

    /** EG(user_error_handler_error_reporting): the error_levels mask of the current handler. */
    public static int user_error_handler_error_reporting;

    /** EG(user_error_handlers_error_reporting): the masks of the handlers set_error_handler replaced (ints). */
    public static final ZendStack user_error_handlers_error_reporting = new ZendStack(4);

    /** EG(user_error_handlers): the handlers set_error_handler replaced (zvals), for restore_error_handler. */
    public static final ZendStack user_error_handlers = new ZendStack(16);
}
