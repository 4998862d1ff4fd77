package jzend.zend.alloc;

/**
 * How the heap reports "Allowed memory size … exhausted" and "Out of memory" (zend_error with
 * E_ERROR, reached from zend_mm_safe_error). The engine installs php_error_cb's equivalent; the
 * heap then bails out whatever the handler did.
 */
@FunctionalInterface
public interface ZendMMErrorHandler {
    /** Reports a fatal allocator error; called while the heap's overflow flag is set. */
    void fatal(String message);
}
