package jzend.zend.execute;

import jzend.zend.Zend;
import jzend.zend.ZendErrors;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.hash.ZendArray;
import jzend.zend.hash.ZendArrays;
import jzend.zend.hash.ZendHash;
import jzend.zend.string.ZendInternedStrings;
import jzend.zend.string.ZendString;

import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;
import static jzend.zend.alloc.NativeMemory.putInt;
import static jzend.zend.alloc.NativeMemory.putLong;

/**
 * Zend/zend_object_handlers.c for jzend's built-in classes: an object's declared properties
 * (zend_property_info, properties_info_table), its properties HashTable of IS_INDIRECT slots
 * (rebuild_object_properties, zend_std_get_properties), the table each use reads
 * (zend_std_get_properties_for), comparison (zend_std_compare_objects, the Closure's own
 * compare handler), string casts (zend_std_cast_object_tostring), the (array) cast, and the
 * recursion guard of zend_types.h. A zend_object:
 * <pre>
 *   @0 gc.refcount  @4 gc.type_info (IS_OBJECT | GC flags)  @8 handle  @16 ce  @24 handlers
 *   @32 properties (the HashTable, made on first need; 0 until then)  @40 properties_table[]
 * </pre>
 */
public final class ZendObjectHandlers {
    private ZendObjectHandlers() {}

    public static final int HANDLE = 8, CE = 16, HANDLERS = 24, PROPERTIES = 32, PROPERTIES_TABLE = 40;

    /** zend_prop_purpose: why the properties are asked for. */
    public static final int PROP_PURPOSE_DEBUG = 0, PROP_PURPOSE_ARRAY_CAST = 1, PROP_PURPOSE_SERIALIZE = 2,
            PROP_PURPOSE_VAR_EXPORT = 3, PROP_PURPOSE_JSON = 4;

    /** ZEND_UNCOMPARABLE: what a comparison of values that have no order returns. */
    public static final int UNCOMPARABLE = 1;

    /** GC_PROTECTED (GC_FLAGS of gc.type_info): the object is being walked (var_dump, print_r, …). */
    private static final int GC_PROTECTED = ZendArray.GC_PROTECTED;

    /** zend_property_info of a declared property: its mangled name (a known string) and its slot's offset. */
    public record PropertyInfo(byte[] name, int offset) {}

    private static final PropertyInfo[] NONE = {};

    /** Scratch zvals (one executor thread). */
    private static final long TMP = jzend.zend.alloc.LibC.malloc(32), TMP2 = TMP + 16;

    /** The class of an object. */
    public static ZendClassEntry ce(long obj) {
        return ZendClassEntry.byId((int) getLong(obj + CE));
    }

    /** The object's handle (what var_dump prints after #). */
    public static int handle(long obj) {
        return getInt(obj + HANDLE);
    }

    /** ce->properties_info_table: the declared properties in slot order (none for Closure). */
    public static PropertyInfo[] propertiesInfoTable(ZendClassEntry ce) {
        if (ce.instanceOf(ZendClassEntry.THROWABLE) && !ce.isInterface) return ZendExceptions.propertiesInfoTable(ce);
        return NONE;
    }

    // ------------------------------------------------------------------ recursion guard

    /** Z_IS_RECURSIVE / GC_IS_RECURSIVE on an object. */
    public static boolean isRecursive(long obj) {
        return (getInt(obj + 4) & GC_PROTECTED) != 0;
    }

    /** Z_PROTECT_RECURSION. */
    public static void protectRecursion(long obj) {
        putInt(obj + 4, getInt(obj + 4) | GC_PROTECTED);
    }

    /** Z_UNPROTECT_RECURSION. */
    public static void unprotectRecursion(long obj) {
        putInt(obj + 4, getInt(obj + 4) & ~GC_PROTECTED);
    }

    // ------------------------------------------------------------------ property tables

    /**
     * Port of rebuild_object_properties: zobj->properties, a table of the declared properties in
     * slot order, each an IS_INDIRECT to its slot (zend_new_array(count), real-initialised mixed
     * when the class declares any). It stays with the object until the object is freed.
     */
    static void rebuildObjectProperties(long obj) {
        if (getLong(obj + PROPERTIES) != 0) return;
        PropertyInfo[] table = propertiesInfoTable(ce(obj));
        long ht = ZendHash.zend_new_array(table.length);
        putLong(obj + PROPERTIES, ht);
        if (table.length == 0) return;
        ZendHash.zend_hash_real_init_mixed(ht);
        for (PropertyInfo info : table) {
            putLong(TMP, obj + info.offset());
            putInt(TMP + 8, ZendArrayOps.IS_INDIRECT);
            ZendHash.zend_hash_add_new(ht, ZendInternedStrings.known(info.name()), TMP); // _zend_hash_append_ind
        }
    }

    /** Port of zend_std_get_properties: the object's properties table, made on first use. */
    public static long getProperties(long obj) {
        if (getLong(obj + PROPERTIES) == 0) rebuildObjectProperties(obj);
        return getLong(obj + PROPERTIES);
    }

    /**
     * Port of zend_get_properties_for (zend_std_get_properties_for): the table to read for
     * {@code purpose}, holding a reference the caller gives back with {@link #releaseProperties}.
     * A Closure's debug view is a temporary array (zend_closure_get_debug_info); everything else
     * reads the properties table.
     */
    public static long getPropertiesFor(long obj, int purpose) {
        if (purpose == PROP_PURPOSE_DEBUG && ce(obj) == ZendClassEntry.CLOSURE) return ZendClosures.debugInfo(obj);
        long ht = getProperties(obj);
        ZendArrays.addRef(ht);
        return ht;
    }

    /** Port of zend_release_properties. */
    public static void releaseProperties(long ht) {
        if (ht != 0) ZendArrays.release(ht);
    }

    /** zend_object_std_dtor's first step: the properties table goes (its values are the slots, released after). */
    static void freeProperties(long obj) {
        long ht = getLong(obj + PROPERTIES);
        if (ht == 0) return;
        putLong(obj + PROPERTIES, 0);
        ZendArrays.release(ht);
    }

    /**
     * Port of zend_std_build_object_properties_array: (array) of an object that has no properties
     * table yet — a new array of the declared properties' current values under their mangled names.
     */
    static long buildObjectPropertiesArray(long obj) {
        PropertyInfo[] table = propertiesInfoTable(ce(obj));
        long ht = ZendHash.zend_new_array(table.length);
        if (table.length == 0) return ht;
        ZendHash.zend_hash_real_init_mixed(ht);
        for (PropertyInfo info : table) {
            long prop = obj + info.offset();
            int t = getInt(prop + ZendVm.TYPE);
            if ((t & 0xff) == ZendVm.IS_UNDEF) continue;
            if (t == ZendReference.IS_REFERENCE_EX && getInt(getLong(prop)) == 1) prop = getLong(prop) + ZendReference.VAL;
            ZendVm.copyValue(TMP, prop);
            ZendHash.zend_hash_add_new(ht, ZendInternedStrings.known(info.name()), TMP); // _zend_hash_append
        }
        return ht;
    }

    /**
     * ZEND_CAST to array of an object: a Closure becomes [closure] (convert_scalar_to_array);
     * another object its properties by mangled name — built directly while it has no properties
     * table, else a copy of that table (zend_proptable_to_symtable, always duplicating).
     */
    static void castToArray(long result, long zv) {
        long obj = getLong(zv);
        if (ce(obj) == ZendClassEntry.CLOSURE) {
            long ht = ZendHash.zend_new_array(1);
            ZendVm.copyValue(TMP, zv);
            ZendHash.zend_hash_index_add_new(ht, 0, TMP);
            ZendArrays.setArray(result, ht);
            return;
        }
        if (getLong(obj + PROPERTIES) == 0) {
            ZendArrays.setArray(result, buildObjectPropertiesArray(obj));
            return;
        }
        long props = getPropertiesFor(obj, PROP_PURPOSE_ARRAY_CAST);
        ZendArrays.setArray(result, ZendArrays.zend_array_dup(props));
        releaseProperties(props);
    }

    // ------------------------------------------------------------------ casts

    /**
     * Port of zend_std_cast_object_tostring for IS_STRING: the result of the class's __toString
     * (a string the caller owns), or 0 (FAILURE) for a class without one. Throwables have it.
     */
    static long castToString(long obj) {
        if (!ce(obj).instanceOf(ZendClassEntry.THROWABLE)) return 0;
        ZendExceptions.addRef(obj);
        try {
            return ZendExceptions.toStringMethod(obj);
        } finally {
            ZendExceptions.release(obj);
        }
    }

    /** zend_get_type_by_const for the targets of convert_object_to_type. */
    private static String typeName(int type) {
        return type == ZendVm.IS_LONG ? "int" : type == ZendVm.IS_DOUBLE ? "float" : "string";
    }

    /**
     * convert_object_to_type's failure for IS_LONG / IS_DOUBLE (zval_get_long, zval_get_double
     * of an object): E_WARNING "Object of class X could not be converted to int", and the value 1.
     */
    static void castFailed(long obj, int type) {
        Zend.zend_error(ZendErrors.E_WARNING, "Object of class " + ce(obj).name + " could not be converted to " + typeName(type));
    }

    /** The Error of a string conversion without __toString. */
    static ZendError notStringable(long obj) {
        return ZendError.create("Error", "Object of class " + ce(obj).name + " could not be converted to string");
    }

    // ------------------------------------------------------------------ comparison

    /**
     * The compare handler of the object among {@code a} and {@code b} (zend_compare's default
     * case, once neither is a reference and they are not the same object): a Closure pair goes
     * to zend_closure_compare, anything else to zend_std_compare_objects.
     */
    static int compare(long a, long b) {
        int ta = getInt(a + ZendVm.TYPE) & 0xff, tb = getInt(b + ZendVm.TYPE) & 0xff;
        if (ta == ZendExceptions.IS_OBJECT && tb == ZendExceptions.IS_OBJECT
                && ce(getLong(a)) == ZendClassEntry.CLOSURE && ce(getLong(b)) == ZendClassEntry.CLOSURE) {
            return ZendClosures.compare(getLong(a), getLong(b));
        }
        return stdCompareObjects(a, b);
    }

    /**
     * Port of zend_std_compare_objects. An object against another type is cast to that type
     * (a bool: true; a string: __toString where there is one; an int or float: 1, after a notice)
     * and compared; without a cast it is greater. Two objects of different classes are
     * uncomparable; of one class they compare property by property, through the properties
     * tables when either has one.
     */
    static int stdCompareObjects(long o1, long o2) {
        int t1 = getInt(o1 + ZendVm.TYPE) & 0xff, t2 = getInt(o2 + ZendVm.TYPE) & 0xff;
        if (t1 != t2) {
            boolean objectLhs = t1 == ZendExceptions.IS_OBJECT;
            long object = objectLhs ? o1 : o2, value = objectLhs ? o2 : o1;
            long obj = getLong(object);
            int vt = getInt(value + ZendVm.TYPE) & 0xff;
            int target = vt == ZendVm.IS_FALSE || vt == ZendVm.IS_TRUE ? 18 /* _IS_BOOL */ : vt;
            long casted = TMP2;
            switch (target) {
                case 18 -> ZendVm.setBool(casted, true);
                case ZendVm.IS_STRING -> {
                    long s = castToString(obj);
                    if (s == 0) return objectLhs ? 1 : -1;
                    ZendVm.setString(casted, s);
                }
                case ZendVm.IS_LONG, ZendVm.IS_DOUBLE -> {
                    Zend.zend_error(ZendErrors.E_NOTICE, "Object of class " + ce(obj).name + " could not be converted to "
                            + typeName(target));
                    if (target == ZendVm.IS_LONG) ZendVm.setLong(casted, 1);
                    else ZendVm.setDouble(casted, 1.0);
                }
                default -> {
                    return objectLhs ? 1 : -1;
                }
            }
            // the scratch zval may be reused by a nested comparison: the value moves to a local copy
            long saved = getLong(casted);
            int savedType = getInt(casted + ZendVm.TYPE);
            long copy = jzend.zend.alloc.LibC.malloc(16);
            try {
                putLong(copy, saved);
                putInt(copy + ZendVm.TYPE, savedType);
                return objectLhs ? ZendArith.compare(copy, value) : ZendArith.compare(value, copy);
            } finally {
                ZendVm.release(copy);
                jzend.zend.alloc.LibC.free(copy);
            }
        }
        long z1 = getLong(o1), z2 = getLong(o2);
        if (z1 == z2) return 0;
        if (ce(z1) != ce(z2)) return UNCOMPARABLE;
        if (getLong(z1 + PROPERTIES) == 0 && getLong(z2 + PROPERTIES) == 0) {
            PropertyInfo[] table = propertiesInfoTable(ce(z1));
            if (table.length == 0) return 0;
            // it is enough to protect one of them: the other may be reached from the first
            if (isRecursive(z1)) nestingTooDeep();
            protectRecursion(z1);
            try {
                for (PropertyInfo info : table) {
                    long p1 = z1 + info.offset(), p2 = z2 + info.offset();
                    boolean u1 = (getInt(p1 + ZendVm.TYPE) & 0xff) == ZendVm.IS_UNDEF;
                    boolean u2 = (getInt(p2 + ZendVm.TYPE) & 0xff) == ZendVm.IS_UNDEF;
                    if (!u1) {
                        if (u2) return 1;
                        int r = ZendArith.compare(p1, p2);
                        if (r != 0) return r;
                    } else if (!u2) {
                        return 1;
                    }
                }
                return 0;
            } finally {
                unprotectRecursion(z1);
            }
        }
        return ZendArith.compareSymbolTables(getProperties(z1), getProperties(z2));
    }

    /** zend_error_noreturn(E_ERROR, "Nesting level too deep - recursive dependency?"). */
    static void nestingTooDeep() {
        Zend.zend_error(ZendErrors.E_ERROR, "Nesting level too deep - recursive dependency?");
        throw new IllegalStateException("zend_error(E_ERROR) returned");
    }

    // ------------------------------------------------------------------ mangled names

    /**
     * Port of zend_unmangle_property_name_ex for the names of declared properties: the class
     * part of "\0Class\0name" ("*" for protected, null for a public name) — the name itself is
     * {@link #unmangledName}.
     */
    public static String unmangledClass(long key) {
        long len = ZendString.len(key), val = ZendString.val(key);
        if (len == 0 || NativeMemory.getByte(val) != 0) return null;
        StringBuilder sb = new StringBuilder();
        for (long i = 1; i < len; i++) {
            byte b = NativeMemory.getByte(val + i);
            if (b == 0) return sb.toString();
            sb.append((char) (b & 0xff));
        }
        return null;
    }

    /** The property name of a (possibly mangled) key, as bytes. */
    public static byte[] unmangledName(long key) {
        byte[] b = ZendString.bytes(key);
        if (b.length == 0 || b[0] != 0) return b;
        for (int i = 1; i < b.length; i++) {
            if (b[i] == 0) return java.util.Arrays.copyOfRange(b, i + 1, b.length);
        }
        return b;
    }
}
