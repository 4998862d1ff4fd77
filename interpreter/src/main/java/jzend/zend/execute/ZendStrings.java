package jzend.zend.execute;

import jzend.zend.ExecutorGlobals;

import jzend.zend.Zend;
import jzend.zend.ZendErrors;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.ops.ByteBuf;
import jzend.zend.ops.DoubleFormat;
import jzend.zend.string.ZendInternedStrings;
import jzend.zend.string.ZendString;

import static jzend.zend.alloc.NativeMemory.getDouble;
import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;
import static jzend.zend.alloc.NativeMemory.putLong;

/**
 * String conversion and concatenation on zvals (zend_operators.c's zval_get_string_func and
 * concat_function, zend_vm_def.h's FAST_CONCAT and ROPE handlers), allocating exactly as PHP does.
 */
final class ZendStrings {
    private ZendStrings() {}

    /** Scratch for formatting numbers (one executor thread). */
    private static final byte[] NUM = new byte[32];
    private static final ByteBuf FLOAT = new ByteBuf();

    /**
     * Port of zval_get_string: the value as a zend_string the caller owns a reference to. Digits
     * 0–9 and the empty string are the interned ones (zend_long_to_str, ZSTR_EMPTY_ALLOC).
     */
    static long stringOf(long zv) {
        int t = getInt(zv + ZendVm.TYPE) & 0xff;
        if (t == ZendReference.IS_REFERENCE) {
            zv = getLong(zv) + ZendReference.VAL;
            t = getInt(zv + ZendVm.TYPE) & 0xff;
        }
        switch (t) {
            case ZendVm.IS_STRING:
                return ZendString.copy(getLong(zv));
            case ZendVm.IS_LONG: {
                long v = getLong(zv);
                if (v >= 0 && v <= 9) return ZendInternedStrings.oneChar('0' + (int) v);
                int n = ZendVm.formatLong(v, NUM);
                return ZendString.init(NUM, NUM.length - n, n, false);
            }
            case ZendVm.IS_DOUBLE: {
                FLOAT.reset();
                DoubleFormat.appendDouble(FLOAT, getDouble(zv), ExecutorGlobals.precision, false); // zend_double_to_str
                return ZendString.init(FLOAT.array(), 0, FLOAT.length(), false);
            }
            case ZendVm.IS_TRUE:
                return ZendInternedStrings.oneChar('1');
            case ZendVm.IS_UNDEF:
                ZendVm.undefinedCv(zv);
                return ZendInternedStrings.emptyString();
            case ZendVm.IS_NULL, ZendVm.IS_FALSE:
                return ZendInternedStrings.emptyString();
            case ZendExceptions.IS_OBJECT: {
                // zend_std_cast_object_tostring: __toString (Throwables), else an Error
                long s = ZendObjectHandlers.castToString(getLong(zv));
                if (s == 0) throw ZendObjectHandlers.notStringable(getLong(zv));
                return s;
            }
            case ZendVm.IS_ARRAY:
                jzend.zend.Zend.zend_error(jzend.zend.ZendErrors.E_WARNING, "Array to string conversion");
                return ZendInternedStrings.intern("Array".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            default: // no other types exist in jzend (resources among them)
                throw new IllegalStateException("string conversion of type " + t);
        }
    }

    /** ZEND_CAST to string: result = (string) value. */
    static void castString(long result, long value) {
        ZendVm.setString(result, stringOf(value));
    }

    /**
     * Port of concat_function: result = a . b. When result is a and holds a counted string, that
     * string is extended (in place if not shared); an empty operand makes the result a copy of
     * the other one, allocating nothing.
     */
    static void concat(long result, long a, long b) {
        long sa = stringOf(a), sb;
        try {
            sb = stringOf(b);
        } catch (RuntimeException | Error e) {
            // an error handler threw on b's conversion: op1_copy is released, as concat_function does on EG(exception)
            ZendString.release(sa);
            throw e;
        }
        long la = ZendString.len(sa), lb = ZendString.len(sb);
        if (la == 0) {
            // result keeps b only when it is b and already a string ("$x = 1.5; $x .= ''" makes "1.5")
            if (result == b && isString(b)) ZendString.release(sb);
            else store(result, sb, result == a || result == b);
            ZendString.release(sa);
            return;
        }
        if (lb == 0) {
            if (result == a && isString(a)) ZendString.release(sa);
            else store(result, sa, result == a || result == b);
            ZendString.release(sb);
            return;
        }
        long len = la + lb;
        if (len < 0 || la > Long.MAX_VALUE - 32 - lb) {
            ZendString.release(sa);
            ZendString.release(sb);
            throw ZendError.create("Error", "String size overflow");
        }
        long r;
        if (result == a && (getInt(a + ZendVm.TYPE) & ZendVm.REFCOUNTED) != 0 && (getInt(a + ZendVm.TYPE) & 0xff) == ZendVm.IS_STRING) {
            // special case: perform the operation on result (sa is a's string, with one more reference)
            ZendString.release(sa);
            r = ZendString.extend(getLong(a), len, false);
        } else {
            r = ZendString.alloc(len, false);
            NativeMemory.copy(ZendString.val(sa), ZendString.val(r), la);
            if (result == a || result == b) ZendVm.release(result);
            ZendString.release(sa);
        }
        NativeMemory.copy(ZendString.val(sb), ZendString.val(r) + la, lb);
        ZendString.release(sb);
        ZendVm.setString(result, r);
    }

    private static boolean isString(long zv) {
        return (getInt(zv + ZendVm.TYPE) & 0xff) == ZendVm.IS_STRING;
    }

    private static void store(long result, long s, boolean releaseOld) {
        if (releaseOld) ZendVm.release(result);
        ZendVm.setString(result, s);
    }

    // ------------------------------------------------------------------ ropes ("$a and $b")

    /**
     * ZEND_ROPE_INIT / ZEND_ROPE_ADD: part {@code index}; the rope is an array of zend_string*
     * in the temporaries. When an error handler throws on the conversion, the part is the empty
     * string, as zval_get_string_func leaves one: cleanup_live_vars then releases the parts up to
     * this one (ZEND_LIVE_ROPE).
     */
    static void ropeAdd(long rope, int index, long value) {
        long part;
        try {
            part = stringOf(value);
        } catch (RuntimeException | Error e) {
            putLong(rope + 8L * index, ZendInternedStrings.emptyString());
            throw e;
        }
        putLong(rope + 8L * index, part);
    }

    /** ZEND_ROPE_END: the last part, then one string of the total length; the parts are released. */
    static void ropeEnd(long result, long rope, int index, long value) {
        putLong(rope + 8L * index, ropePart(rope, index, value));
        long len = 0;
        for (int i = 0; i <= index; i++) len += ZendString.len(getLong(rope + 8L * i));
        long r = ZendString.alloc(len, false);
        long p = ZendString.val(r);
        for (int i = 0; i <= index; i++) {
            long part = getLong(rope + 8L * i);
            long l = ZendString.len(part);
            NativeMemory.copy(ZendString.val(part), p, l);
            p += l;
            ZendString.release(part);
        }
        ZendVm.setString(result, r);
    }

    /**
     * The last part of a rope as a string; when an error handler throws on its conversion, the
     * parts made so far are released first, as ZEND_ROPE_END does (its opline is past the rope's
     * live range).
     */
    private static long ropePart(long rope, int index, long value) {
        try {
            return stringOf(value);
        } catch (RuntimeException | Error e) {
            for (int i = 0; i < index; i++) ZendString.release(getLong(rope + 8L * i));
            throw e;
        }
    }

    /** "Array to string conversion" and friends will report through here. */
    static void warning(String message) {
        Zend.zend_error(ZendErrors.E_WARNING, message);
    }
}
