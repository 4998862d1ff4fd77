package jzend.zend;

import jzend.zend.alloc.NativeMemory;
import jzend.zend.alloc.ZendAlloc;

/**
 * Zend/zend_stack.c: a stack of fixed-size elements copied by value into one block from
 * {@code emalloc}, grown by {@value #STACK_BLOCK_SIZE} elements at a time and never shrunk until
 * cleaned. The struct itself (size, top, max, elements) is these Java fields, as it lives inside
 * EG() in php; the elements are in ZendMM memory, so memory_get_usage() sees them as in php.
 */
public final class ZendStack {
    /** STACK_BLOCK_SIZE. */
    static final int STACK_BLOCK_SIZE = 16;

    /** The size of one element in bytes. */
    private final int size;
    private int top, max;
    /** The block holding the elements (0 before the first push). */
    private long elements;

    /** Port of zend_stack_init: an empty stack of {@code size}-byte elements; nothing is allocated yet. */
    public ZendStack(int size) {
        this.size = size;
    }

    /** ZEND_STACK_ELEMENT: the address of element {@code n}. */
    private long element(int n) {
        return elements + (long) size * n;
    }

    /** Port of zend_stack_push: the {@code size} bytes at {@code element} are copied onto the stack; returns its index. */
    public int zend_stack_push(long element) {
        grow();
        NativeMemory.copy(element, element(top), size);
        return top++;
    }

    /** zend_stack_push of an int element (php passes the address of the int). */
    public int zend_stack_push_int(int value) {
        grow();
        NativeMemory.putInt(element(top), value);
        return top++;
    }

    /** We need add a new element: the block grows by STACK_BLOCK_SIZE elements (safe_erealloc). */
    private void grow() {
        if (top >= max) {
            max += STACK_BLOCK_SIZE;
            elements = ZendAlloc.safe_erealloc(elements, size, max, 0);
        }
    }

    /** Port of zend_stack_top: the address of the top element, or 0 when the stack is empty. */
    public long zend_stack_top() {
        return top > 0 ? element(top - 1) : 0;
    }

    /** Port of zend_stack_int_top. */
    public int zend_stack_int_top() {
        return NativeMemory.getInt(element(top - 1));
    }

    /** Port of zend_stack_del_top: the top element is dropped (its block stays). */
    public void zend_stack_del_top() {
        --top;
    }

    /** Port of zend_stack_is_empty. */
    public boolean zend_stack_is_empty() {
        return top == 0;
    }

    /** Port of zend_stack_count. */
    public int zend_stack_count() {
        return top;
    }

    /**
     * Port of zend_stack_clean: {@code func} (may be null) on each element's address, bottom to
     * top; with {@code freeElements} the block is freed and the stack is empty again.
     */
    public void zend_stack_clean(java.util.function.LongConsumer func, boolean freeElements) {
        if (func != null) {
            for (int i = 0; i < top; i++) func.accept(element(i));
        }
        if (freeElements) {
            if (elements != 0) ZendAlloc.efree(elements);
            elements = 0;
            top = max = 0;
        }
    }

    /** Port of zend_stack_destroy: the block is freed (the elements are not destroyed). */
    public void zend_stack_destroy() {
        if (elements != 0) {
            ZendAlloc.efree(elements);
            elements = 0;
        }
        top = max = 0;
    }
}
