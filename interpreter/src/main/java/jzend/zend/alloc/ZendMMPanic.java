package jzend.zend.alloc;

/**
 * zend_mm_panic(): the heap found itself corrupted ("zend_mm_heap corrupted"). PHP aborts the
 * process; jzend ends the request with the same message instead of ever touching memory it does
 * not own.
 */
public final class ZendMMPanic extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ZendMMPanic(String message) {
        super(message, null, false, false);
    }
}
