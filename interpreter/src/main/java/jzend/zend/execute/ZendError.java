package jzend.zend.execute;

import jzend.zend.ExecutorGlobals;

/**
 * A PHP Throwable (Error, TypeError, ArgumentCountError, …) in flight: a Java exception without a
 * Java stack trace that unwinds the generated methods, each of which frees its frame on the way
 * out. Like zend_default_exception_new, it records where it was created — file, line and the
 * backtrace as text — because by the time it is reported the frames are gone.
 */
public final class ZendError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The PHP class name, e.g. "ArgumentCountError". */
    public final String phpClass;
    /** Where it was created ("Unknown" / 0 outside execution). */
    public final String file;
    public final int line;
    /** "#0 file(line): f()\n#1 {main}", as Exception::getTraceAsString. */
    public final String trace;

    ZendError(String phpClass, String message, String file, int line, String trace) {
        super(message, null, false, false);
        this.phpClass = phpClass;
        this.file = file;
        this.line = line;
        this.trace = trace;
    }

    /** Port of zend_throw_error: an Error of class {@code phpClass} created at the executing opline. */
    public static ZendError create(String phpClass, String message) {
        long ex = ExecutorGlobals.current_execute_data;
        return new ZendError(phpClass, message, ZendBacktrace.file(ex), ZendBacktrace.line(ex), ZendBacktrace.traceAsString(ex));
    }

    /**
     * Throwable::__toString: "Class: message in file:line\nStack trace:\n…" (a TypeError or
     * ArgumentCountError whose message says ", called in " gets " and defined" before " in").
     */
    public String toPhpString() {
        String message = getMessage();
        if ((phpClass.equals("TypeError") || phpClass.equals("ArgumentCountError")) && message.contains(", called in ")) {
            message += " and defined";
        }
        return phpClass + ": " + message + " in " + file + ":" + line + "\nStack trace:\n" + trace;
    }

    /** What zend_exception_error reports for an uncaught Throwable (before " in FILE on line N"). */
    public String uncaughtMessage() {
        return "Uncaught " + toPhpString() + "\n  thrown";
    }
}
