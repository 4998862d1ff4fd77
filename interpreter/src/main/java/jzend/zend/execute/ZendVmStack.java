package jzend.zend.execute;

import jzend.zend.alloc.ZendAlloc;

import static jzend.zend.alloc.NativeMemory.getLong;
import static jzend.zend.alloc.NativeMemory.putLong;

/**
 * The VM stack (zend_execute.c's zend_vm_stack): call frames live in pages of 256 KB taken from
 * {@code emalloc}, so they count in memory_get_usage() as in PHP, and deep recursion grows the
 * stack page by page through ZendMM until memory_limit stops it.
 *
 * <p>Page header (struct _zend_vm_stack, 24 bytes rounded up to 2 zval slots): {@code @0 top},
 * {@code @8 end}, {@code @16 prev}. EG(vm_stack), EG(vm_stack_top) and EG(vm_stack_end) are the
 * static fields below (one interpreter per process, as an NTS build).
 */
public final class ZendVmStack {
    private ZendVmStack() {}

    /** ZEND_VM_STACK_PAGE_SLOTS * sizeof(zval). */
    public static final long PAGE_SIZE = 16 * 1024 * 16;
    /** ZEND_VM_STACK_HEADER_SLOTS * sizeof(zval). */
    static final long HEADER_SIZE = 2 * 16;

    /** EG(vm_stack): the current page. */
    static long vmStack;
    /** EG(vm_stack_top): first free byte. */
    static long top;
    /** EG(vm_stack_end): end of the current page. */
    static long end;

    /** Port of zend_vm_stack_init. */
    public static void init() {
        vmStack = newPage(PAGE_SIZE, 0);
        top = getLong(vmStack);
        end = getLong(vmStack + 8);
    }

    /** Port of zend_vm_stack_new_page. */
    private static long newPage(long size, long prev) {
        long page = ZendAlloc.emalloc(size);
        putLong(page, page + HEADER_SIZE);
        putLong(page + 8, page + size);
        putLong(page + 16, prev);
        return page;
    }

    /** Port of zend_vm_stack_alloc_call_frame's allocation: {@code size} bytes for a frame. */
    public static long push(long size) {
        long p = top;
        if (end - p >= size) {
            top = p + size;
            return p;
        }
        return extend(size);
    }

    /** Port of zend_vm_stack_extend: a new page (a bigger one for a frame that needs it). */
    private static long extend(long size) {
        putLong(vmStack, top);
        long pageSize = size < PAGE_SIZE - HEADER_SIZE ? PAGE_SIZE : (size + HEADER_SIZE + PAGE_SIZE - 1) & -PAGE_SIZE;
        vmStack = newPage(pageSize, vmStack);
        long p = getLong(vmStack);
        top = p + size;
        end = getLong(vmStack + 8);
        return p;
    }

    /**
     * Port of zend_vm_stack_free_call_frame_ex, generalised to unwinding: pops {@code frame} and
     * everything pushed after it (calls still being prepared when an exception struck), freeing
     * the pages that held only those frames.
     */
    public static void pop(long frame) {
        while (!(frame >= vmStack + HEADER_SIZE && frame < getLong(vmStack + 8)) && getLong(vmStack + 16) != 0) {
            freeTopPage();
        }
        if (vmStack + HEADER_SIZE == frame && getLong(vmStack + 16) != 0) {
            freeTopPage();
        } else {
            top = frame;
        }
    }

    private static void freeTopPage() {
        long p = vmStack, prev = getLong(p + 16);
        top = getLong(prev);
        end = getLong(prev + 8);
        vmStack = prev;
        ZendAlloc.efree(p);
    }

    /** Port of zend_vm_stack_destroy. */
    public static void destroy() {
        long s = vmStack;
        while (s != 0) {
            long p = getLong(s + 16);
            ZendAlloc.efree(s);
            s = p;
        }
        vmStack = top = end = 0;
    }

    /** Bytes of frames in use (for tests and traces). */
    public static long depthPages() {
        int n = 0;
        for (long s = vmStack; s != 0; s = getLong(s + 16)) n++;
        return n;
    }
}
