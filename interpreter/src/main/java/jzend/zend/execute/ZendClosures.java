package jzend.zend.execute;

import jzend.zend.alloc.ZendAlloc;
import jzend.zend.hash.ZendArrays;
import jzend.zend.hash.ZendHash;
import jzend.zend.string.ZendString;

import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;
import static jzend.zend.alloc.NativeMemory.putInt;
import static jzend.zend.alloc.NativeMemory.putLong;

/**
 * Closures (Zend/zend_closures.c): objects of class Closure made by DECLARE_LAMBDA_FUNCTION, each
 * with its own copy of the function's static variables — the variables it captured
 * ({@code use ($x, &$y)}, or an arrow function's implicit captures) first, then its
 * {@code static} ones. The block is zend_closure's size (312 bytes in 8.2):
 * <pre>
 *   @0 gc  @8 handle  @16 ce (Closure)  @24 the op_array's index  @32 the static variables (HashTable)
 * </pre>
 */
public final class ZendClosures {
    private ZendClosures() {}

    static final int FUNC = 24, STATICS = 32;
    /** sizeof(zend_closure). */
    public static final int SIZE = 312;
    /** BIND_LEXICAL / BIND_STATIC flags: ZEND_BIND_REF, ZEND_BIND_IMPLICIT. */
    public static final int BIND_REF = 1, BIND_IMPLICIT = 2;
    /** BIND_STATIC of a captured variable (not a {@code static} declaration). */
    public static final int BIND_USE = 4;

    /** ZEND_DECLARE_LAMBDA_FUNCTION (zend_create_closure): a new closure of op_array {@code func}. */
    public static void create(long result, int func) {
        long obj = newClosure(func);
        var op = ZendFunctions.opArray(func);
        long ht = 0;
        if (!op.staticVars.isEmpty()) {
            ht = ZendHash.zend_new_array(op.staticVars.size());
            for (var sv : op.staticVars) {
                // the variable's name is interned, as PHP's CV names are: a capture left IS_UNDEF
                // (an arrow function's of an undefined variable) keeps a key no destructor frees
                long key = jzend.zend.string.ZendInternedStrings.intern(sv.name());
                long zv = ZendHash.zend_hash_lookup(ht, key);
                if (sv.literal() < 0) putInt(zv + ZendVm.TYPE, ZendVm.IS_UNDEF); // a captured variable, bound next
                else ZendVm.copyValue(zv, op.literal(sv.literal()));
            }
        }
        putLong(obj + STATICS, ht);
        ZendExceptions.setObject(result, obj);
    }

    /**
     * ZEND_CALLABLE_CONVERT (zend_closure_from_frame): {@code f(...)} makes a Closure of the
     * function a name or callable value designates — a closure stays itself; an unknown name is
     * "Call to undefined function".
     */
    public static void fromCallable(long result, long callable, boolean isTmp) {
        long v = ZendReference.deref(callable);
        if (isClosure(v)) {
            ZendVm.copyValue(result, v);
            if (isTmp) ZendVm.freeOp(callable);
            return;
        }
        int func = ZendCallable.resolve(v);
        if (func == ZendCallable.NOT_CALLABLE) {
            int t = getInt(v + ZendVm.TYPE) & 0xff;
            String msg = t == ZendVm.IS_STRING
                    ? "Call to undefined function " + jzend.zend.string.ZendString.toJavaString(getLong(v)) + "()"
                    : "Value not callable";
            if (isTmp) ZendVm.freeOp(callable);
            throw ZendError.create("Error", msg);
        }
        if (isTmp) ZendVm.freeOp(callable);
        long obj = newClosure(func); // a user op_array index, or an internal function's (negative) id
        putLong(obj + STATICS, 0);
        ZendExceptions.setObject(result, obj);
    }

    /** A Closure object of {@code func} (zend_object header with one reference, in the objects store). */
    private static long newClosure(int func) {
        long obj = ZendAlloc.emalloc(SIZE);
        putInt(obj, 1);
        putInt(obj + 4, ZendExceptions.IS_OBJECT);
        putInt(obj + 8, ZendExceptions.allocHandle(obj));
        putInt(obj + 12, 0);
        putLong(obj + 16, ZendClassEntry.CLOSURE.id);
        putLong(obj + FUNC, func);
        return obj;
    }

    /** The op_array index of a closure object. */
    public static int func(long obj) {
        return (int) getLong(obj + FUNC);
    }

    /** Whether a zval holds a Closure. */
    public static boolean isClosure(long zv) {
        zv = ZendReference.deref(zv);
        return (getInt(zv + ZendVm.TYPE) & 0xff) == ZendExceptions.IS_OBJECT
                && ZendExceptions.classOf(getLong(zv)) == ZendClassEntry.CLOSURE;
    }

    /**
     * ZEND_BIND_LEXICAL: captured variable number {@code index} of the closure takes the
     * parent's variable — by reference, or a copy; an implicit (arrow function) capture of an
     * undefined variable is skipped silently, an explicit one warns and captures null.
     */
    public static void bindLexical(long closure, long var, int flags) {
        long obj = getLong(closure);
        int index = flags >>> 2;
        long zv = ZendHash.zend_hash_slot_at(getLong(obj + STATICS), index);
        if ((flags & BIND_REF) != 0) {
            ZendReference.assignRef(zv, var);
            return;
        }
        long v = ZendReference.deref(var);
        if ((getInt(v + ZendVm.TYPE) & 0xff) == ZendVm.IS_UNDEF) {
            if ((flags & BIND_IMPLICIT) != 0) return;
            ZendVm.undefinedCv(v);
            ZendVm.setNull(zv);
            return;
        }
        ZendVm.copyValue(zv, v);
    }

    /** The static-variables table of the closure running in frame {@code ex} (its object is in This). */
    static long statics(long ex) {
        return getLong(getLong(ex + ZendExecuteData.THIS) + STATICS);
    }

    /** zend_closure_free_storage: the static variables go with the closure. */
    static void destroy(long obj) {
        long ht = getLong(obj + STATICS);
        if (ht == 0) return;
        // a capture that never happened left its bucket IS_UNDEF: made null so that its key is released too
        if (jzend.zend.hash.ZendArray.refcount(ht) == 1) {
            for (int i = 0; i < jzend.zend.hash.ZendArray.numUsed(ht); i++) {
                long zv = ZendHash.zend_hash_slot_at(ht, i);
                if ((getInt(zv + ZendVm.TYPE) & 0xff) == ZendVm.IS_UNDEF) ZendVm.setNull(zv);
            }
        }
        ZendArrays.release(ht);
    }
}
