package jzend.zend.execute;

import jzend.zend.ExecutorGlobals;

/**
 * A PHP Throwable (Error, TypeError, ArgumentCountError, …) in flight: a Java exception without a
 * Java stack trace that unwinds the generated methods, each of which frees its frame on the way
 * out. The object it carries recorded, when zend_default_exception_new made it, where that was —
 * file, line and the trace array — because by the time it is reported the frames are gone.
 */
public final class ZendError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The PHP class name, e.g. "ArgumentCountError". */
    public final String phpClass;
    /** Where it was created ("Unknown" / 0 outside execution). */
    public final String file;
    public final int line;
    /** The Throwable object (zend_object in ZendMM memory) this exception owns one reference to. */
    public final long object;

    private ZendError(long object) {
        super(ZendExceptions.message(object), null, false, false);
        this.object = object;
        this.phpClass = ZendExceptions.classOf(object).name;
        this.file = ZendExceptions.file(object);
        this.line = ZendExceptions.line(object);
    }

    /** Port of zend_throw_error: an Error of class {@code phpClass} created at the executing opline. */
    public static ZendError create(String phpClass, String message) {
        return new ZendError(ZendExceptions.create(phpClass, message));
    }

    /** Port of zend_throw_exception_internal: throwing an existing object (whose reference the exception takes over). */
    static ZendError of(long object) {
        return new ZendError(object);
    }

    /** "#0 file(line): f()\n#1 {main}", as Exception::getTraceAsString gives it. */
    public String trace() {
        return ZendExceptions.trace(object);
    }

    /**
     * What zend_exception_error reports for an uncaught Throwable (before " in FILE on line N"):
     * "Uncaught " and Throwable::__toString's text, which the object keeps in its string property.
     */
    public String uncaughtMessage() {
        return ZendExceptions.uncaughtMessage(object);
    }

    /** The exception is done with (reported or discarded): its object is released. */
    public void release() {
        ZendExceptions.release(object);
    }
}
