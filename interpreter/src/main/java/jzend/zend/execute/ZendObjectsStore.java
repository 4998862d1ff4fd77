package jzend.zend.execute;

import jzend.zend.alloc.ZendAlloc;

import static jzend.zend.alloc.NativeMemory.getLong;
import static jzend.zend.alloc.NativeMemory.putLong;

/**
 * EG(objects_store) (Zend/zend_objects_API.c): the live objects by handle, in an array of
 * zend_object pointers from emalloc — 1024 of them (8 KB) at init_executor, doubled when full.
 * Handle 0 is never used; a freed handle joins a free list threaded through the invalid buckets
 * (the next free handle shifted left by one, low bit set), so the last freed handle is reused
 * first, as in php.
 */
public final class ZendObjectsStore {
    private ZendObjectsStore() {}

    /** OBJ_BUCKET_INVALID: the low bit of a bucket holding a free-list link instead of an object. */
    private static final long OBJ_BUCKET_INVALID = 1;

    private static long buckets;
    private static int top, size, freeListHead = -1;

    /** Port of zend_objects_store_init (init_executor: 1024 buckets). */
    public static void init(int initSize) {
        buckets = ZendAlloc.emalloc(8L * initSize);
        top = 1; // skip 0 so that handles are true
        size = initSize;
        freeListHead = -1;
    }

    /** Port of zend_objects_store_destroy (shutdown_executor): the bucket array is freed. */
    public static void destroy() {
        if (buckets != 0) ZendAlloc.efree(buckets);
        buckets = 0;
        top = 0;
        size = 0;
        freeListHead = -1;
    }

    /** Port of zend_objects_store_put: the object gets a handle (a reused one first). */
    static int put(long obj) {
        int handle;
        if (freeListHead != -1) {
            handle = freeListHead;
            freeListHead = (int) (getLong(bucket(handle)) >>> 1);
        } else {
            if (top == size) { // zend_objects_store_put_cold
                size *= 2;
                buckets = ZendAlloc.erealloc(buckets, 8L * size);
            }
            handle = top++;
        }
        putLong(bucket(handle), obj);
        return handle;
    }

    /** ZEND_OBJECTS_STORE_ADD_TO_FREE_LIST: the handle is free for the next object. */
    static void free(int handle) {
        putLong(bucket(handle), ((long) freeListHead << 1) | OBJ_BUCKET_INVALID);
        freeListHead = handle;
    }

    /** The objects alive now (IS_OBJ_VALID buckets), in handle order. */
    static long[] live() {
        int n = 0;
        long[] out = new long[Math.max(top - 1, 0)];
        for (int h = 1; h < top; h++) {
            long o = getLong(bucket(h));
            if ((o & OBJ_BUCKET_INVALID) == 0 && o != 0) out[n++] = o;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static long bucket(int handle) {
        return buckets + 8L * handle;
    }
}
