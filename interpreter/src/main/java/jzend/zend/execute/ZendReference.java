package jzend.zend.execute;

import jzend.zend.alloc.ZendAlloc;

import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;
import static jzend.zend.alloc.NativeMemory.putInt;
import static jzend.zend.alloc.NativeMemory.putLong;

/**
 * PHP references (zend_types.h's zend_reference, 32 bytes from emalloc like php's):
 * <pre>
 *   @0  gc.refcount   @4 gc.type_info (GC_REFERENCE)
 *   @8  zval val      (the value every variable bound to the reference shares)
 *   @24 sources       (typed-property sources; always empty here)
 * </pre>
 * A zval holding a reference has type IS_REFERENCE with the refcounted flag; reads go through
 * {@link #deref} (ZVAL_DEREF), writes into {@code ref + 8}.
 */
public final class ZendReference {
    private ZendReference() {}

    /** IS_REFERENCE (zend_types.h). */
    public static final int IS_REFERENCE = 10;
    /** IS_REFERENCE_EX: the type_info of a zval holding a reference. */
    public static final int IS_REFERENCE_EX = IS_REFERENCE | ZendVm.REFCOUNTED;
    /** sizeof(zend_reference). */
    public static final int SIZE = 32;
    /** Offset of the referenced value. */
    public static final int VAL = 8;

    /** Z_ISREF_P. */
    public static boolean isRef(long zv) {
        return (getInt(zv + ZendVm.TYPE) & 0xff) == IS_REFERENCE;
    }

    /** ZVAL_DEREF: the referenced value when {@code zv} holds a reference, else {@code zv}. */
    public static long deref(long zv) {
        return (getInt(zv + ZendVm.TYPE) & 0xff) == IS_REFERENCE ? getLong(zv) + VAL : zv;
    }

    /**
     * ZVAL_MAKE_REF (ZVAL_NEW_REF of the current value): {@code zv} becomes a reference holding its
     * former value (an undefined variable becomes null, silently). Returns the zend_reference.
     */
    public static long makeRef(long zv) {
        int t = getInt(zv + ZendVm.TYPE);
        if ((t & 0xff) == IS_REFERENCE) return getLong(zv);
        long ref = ZendAlloc.emalloc(SIZE);
        putInt(ref, 1);
        putInt(ref + 4, IS_REFERENCE);
        if ((t & 0xff) == ZendVm.IS_UNDEF) {
            putInt(ref + VAL + ZendVm.TYPE, ZendVm.IS_NULL);
        } else {
            putLong(ref + VAL, getLong(zv));
            putInt(ref + VAL + ZendVm.TYPE, t);
        }
        putLong(ref + 24, 0);
        putLong(zv, ref);
        putInt(zv + ZendVm.TYPE, IS_REFERENCE_EX);
        return ref;
    }

    /** ZVAL_REF with GC_ADDREF: {@code zv} (whose old value the caller has released) now holds one more reference to {@code ref}. */
    public static void bind(long zv, long ref) {
        putInt(ref, getInt(ref) + 1);
        putLong(zv, ref);
        putInt(zv + ZendVm.TYPE, IS_REFERENCE_EX);
    }

    /** Port of zend_reference_destroy (reached when the last holder lets go): the value is released, the block freed. */
    static void destroy(long ref) {
        if ((getInt(ref + VAL + ZendVm.TYPE) & ZendVm.REFCOUNTED) != 0) ZendVm.release(ref + VAL);
        ZendAlloc.efree(ref);
    }

    /**
     * ZEND_ASSIGN_REF (zend_assign_to_variable_reference): {@code var} and {@code value} are bound
     * to the same reference, made from {@code value}'s current value when it is not one yet.
     * Both are variable slots (IS_INDIRECT already followed).
     */
    public static void assignRef(long var, long value) {
        long ref = makeRef(value);
        if (var == value) return;
        if (isRef(var) && getLong(var) == ref) return;
        int oldType = getInt(var + ZendVm.TYPE);
        long old = getLong(var);
        bind(var, ref);
        if ((oldType & ZendVm.REFCOUNTED) != 0) ZendVm.releaseCounted(old, oldType);
    }
}
