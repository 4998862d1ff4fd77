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
 * {@code static} ones. The block is zend_closure's size (312 bytes in 8.2): the zend_object
 * (@32 its properties table, which only var_export and the like make), then in the place of
 * zend_closure's func:
 * <pre>
 *   @0 gc  @8 handle  @16 ce (Closure)  @32 properties  @56 the function's index  @64 the static variables (HashTable)
 * </pre>
 * A closure made by the first-class callable syntax ({@code strlen(...)}, {@code f(...)}) is a
 * "fake closure" (ZEND_ACC_FAKE_CLOSURE) of a function that is not a closure; it has no static
 * variables of its own but shares the function's.
 */
public final class ZendClosures {
    private ZendClosures() {}

    static final int FUNC = 56, STATICS = 64;
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
        // zend_create_closure_ex for a fake closure: the function's static variables are made now if they were not
        if (func >= 0) functionStatics(ZendFunctions.opArray(func));
        ZendExceptions.setObject(result, obj);
    }

    /**
     * ZEND_MAP_PTR(static_variables_ptr) of a function that is not a closure: its static variables'
     * table, made from their initial values on first need (the first {@code static} it runs, or a
     * first-class callable of it); 0 for a function without static variables.
     */
    static long functionStatics(jzend.zend.compile.ZendOpArray op) {
        if (op.staticVars.isEmpty()) return 0;
        if (op.staticsTable == 0) {
            long ht = ZendHash.zend_new_array(op.staticVars.size());
            for (var sv : op.staticVars) {
                long key = ZendString.init(sv.name(), false);
                long zv = ZendHash.zend_hash_lookup(ht, key);
                ZendString.release(key);
                ZendVm.copyValue(zv, op.literal(sv.literal()));
            }
            op.staticsTable = ht;
        }
        return op.staticsTable;
    }

    /** ZEND_ACC_FAKE_CLOSURE: a closure of a named or internal function (first-class callable syntax). */
    static boolean isFake(long obj) {
        int func = func(obj);
        return func < 0 || !ZendFunctions.opArray(func).closure;
    }

    /** {@code new Closure}: the object zend_objects_new makes before the constructor is refused (no function, no statics). */
    static long instantiate() {
        long obj = newClosure(0);
        putLong(obj + STATICS, 0);
        return obj;
    }

    /** A Closure object of {@code func} (zend_object header with one reference, in the objects store). */
    private static long newClosure(int func) {
        long obj = ZendAlloc.emalloc(SIZE);
        putInt(obj, 1);
        putInt(obj + 4, ZendExceptions.IS_OBJECT);
        putInt(obj + 8, ZendExceptions.allocHandle(obj));
        putInt(obj + 12, 0);
        putLong(obj + 16, ZendClassEntry.CLOSURE.id);
        putLong(obj + ZendObjectHandlers.HANDLERS, 0);
        putLong(obj + ZendObjectHandlers.PROPERTIES, 0);
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

    /** zend_closure_free_storage: zend_object_std_dtor (the properties table), then the static variables. */
    static void destroy(long obj) {
        ZendObjectHandlers.freeProperties(obj);
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

    private static final byte[] FUNCTION = "function".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
            STATIC = "static".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
            PARAMETER = "parameter".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
            REQUIRED = "<required>".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
            OPTIONAL = "<optional>".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    /**
     * Port of zend_closure_get_debug_info: what var_dump and print_r show of a closure, a
     * temporary array (refcount 1) — "function" for a fake closure, "static" with the static
     * variables (captured ones first; a reference only the table holds shows as its value, a
     * capture that did not happen is left out), and "parameter" with each parameter's name
     * ("&$x" by reference) and "<required>" or "<optional>".
     */
    static long debugInfo(long obj) {
        int func = func(obj);
        long debugInfo = ZendHash.zend_new_array(8);
        long val = jzend.zend.alloc.LibC.malloc(32), copy = val + 16;
        try {
            if (isFake(obj)) {
                byte[] name = func < 0 ? jzend.zend.ZendInternalFunctions.entry(func).name().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)
                        : ZendFunctions.opArray(func).functionName;
                ZendVm.setString(val, jzend.zend.string.ZendInternedStrings.intern(name));
                ZendHash.zend_hash_update(debugInfo, jzend.zend.string.ZendInternedStrings.known(FUNCTION), val);
            }
            if (func >= 0) {
                var op = ZendFunctions.opArray(func);
                long statics = isFake(obj) ? op.staticsTable : getLong(obj + STATICS);
                if (!op.staticVars.isEmpty() && statics != 0) {
                    long arr = ZendHash.zend_new_array(0); // array_init
                    for (int p = ZendHash.zend_hash_first_pos(statics); p < jzend.zend.hash.ZendArray.numUsed(statics);
                         p = ZendHash.zend_hash_next_pos(statics, p)) {
                        long var = ZendHash.zend_hash_data_at(statics, p);
                        if (getInt(var + ZendVm.TYPE) == ZendReference.IS_REFERENCE_EX && getInt(getLong(var)) == 1) {
                            var = getLong(var) + ZendReference.VAL;
                        }
                        jzend.zend.hash.Bucket.tryAddRef(var); // ZVAL_COPY: a shared reference stays one ("&" in var_dump)
                        jzend.zend.hash.Bucket.copyValue(copy, var);
                        ZendHash.zend_hash_add_new(arr, ZendHash.zend_hash_str_key_at(statics, p), copy);
                    }
                    if (jzend.zend.hash.ZendArray.numOfElements(arr) != 0) {
                        ZendArrays.setArray(val, arr);
                        ZendHash.zend_hash_update(debugInfo, jzend.zend.string.ZendInternedStrings.known(STATIC), val);
                    } else {
                        ZendArrays.release(arr);
                    }
                }
            }
            String[] names = parameterNames(func);
            if (names.length > 0) {
                int required = func < 0 ? jzend.zend.ZendInternalFunctions.entry(func).requiredArgs()
                        : ZendFunctions.opArray(func).requiredNumArgs;
                long arr = ZendHash.zend_new_array(0);
                for (int i = 0; i < names.length; i++) {
                    // both made by zend_strpprintf
                    long name = jzend.zend.string.ZendSmartStr.extract(new jzend.zend.ops.ByteBuf().appendAscii(names[i]));
                    ZendVm.setString(copy, jzend.zend.string.ZendSmartStr.extract(new jzend.zend.ops.ByteBuf().append(i >= required ? OPTIONAL : REQUIRED)));
                    ZendHash.zend_hash_update(arr, name, copy);
                    ZendString.release(name);
                }
                ZendArrays.setArray(val, arr);
                ZendHash.zend_hash_str_update(debugInfo, PARAMETER, val);
            }
        } finally {
            jzend.zend.alloc.LibC.free(val);
        }
        return debugInfo;
    }

    /** The parameters as the debug view names them: "$x", "&$x", the variadic one last. */
    private static String[] parameterNames(int func) {
        if (func < 0) {
            String[] params = jzend.zend.ZendInternalFunctions.entry(func).paramNames();
            String[] out = new String[params.length];
            for (int i = 0; i < params.length; i++) {
                String p = params[i].startsWith("...") ? params[i].substring(3) : params[i];
                boolean byRef = p.startsWith("&");
                p = p.startsWith("&?") ? p.substring(2) : byRef ? p.substring(1) : p;
                out[i] = (byRef ? "&$" : "$") + p;
            }
            return out;
        }
        var op = ZendFunctions.opArray(func);
        String[] out = new String[op.paramNames.length];
        for (int i = 0; i < out.length; i++) {
            boolean byRef = i < op.paramByRef.length && op.paramByRef[i];
            out[i] = (byRef ? "&$" : "$") + new String(op.paramNames[i], java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return out;
    }

    /**
     * Port of zend_closure_compare: two fake closures of the same function are equal (as are
     * {@code strlen(...)} and {@code strlen(...)}); any other pair of distinct closures is
     * uncomparable.
     */
    static int compare(long a, long b) {
        if (!isFake(a) || !isFake(b)) return ZendObjectHandlers.UNCOMPARABLE;
        return func(a) == func(b) ? 0 : ZendObjectHandlers.UNCOMPARABLE;
    }
}
