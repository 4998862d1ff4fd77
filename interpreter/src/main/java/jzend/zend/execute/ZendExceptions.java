package jzend.zend.execute;

import jzend.zend.ExecutorGlobals;
import jzend.zend.ZendFunctionEntry;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.string.ZendInternedStrings;
import jzend.zend.string.ZendString;

import java.nio.charset.StandardCharsets;

import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;
import static jzend.zend.alloc.NativeMemory.putInt;
import static jzend.zend.alloc.NativeMemory.putLong;

/**
 * Throwable objects (zend_exceptions.c, zend_objects.c). An object is a zend_object from emalloc
 * with the default properties of Exception/Error in its properties_table, sized as php's
 * (56 + 6 × 16 = 152 bytes):
 * <pre>
 *   @0  gc.refcount  @4 gc.type_info (IS_OBJECT)   @8 handle   @16 ce (here: the class's table index)
 *   @24 handlers     @32 properties (the HashTable of {@link ZendObjectHandlers}, 0 until one is needed)
 *   @40 message  @56 string  @72 code  @88 file  @104 line  @120 trace  @136 previous
 * </pre>
 * An ErrorException has one more property, {@code @152 severity} (168 bytes). The trace is the
 * array of frames zend_fetch_debug_backtrace builds when the object is created.
 */
public final class ZendExceptions {
    private ZendExceptions() {}

    /** IS_OBJECT and IS_OBJECT_EX (refcounted, collectable). */
    public static final int IS_OBJECT = 8, IS_OBJECT_EX = IS_OBJECT | 0x300;
    static final int CE = 16, MESSAGE = 40, STRING = 56, CODE = 72, FILE = 88, LINE = 104, TRACE = 120, PREVIOUS = 136;
    /** zend_object_alloc(sizeof(zend_object), ce) for a class with Exception's 7 properties. */
    public static final int SIZE = 152;
    /** ErrorException's severity property, after the 7 it inherits. */
    static final int SEVERITY = 152;

    /** The size of an object of class {@code ce}: ErrorException declares an 8th property. */
    static int objectSize(ZendClassEntry ce) {
        return ce.instanceOf(ZendClassEntry.ERROR_EXCEPTION) ? SIZE + 16 : SIZE;
    }

    /** Reserves a handle for object {@code obj} (zend_objects_store_put). */
    static int allocHandle(long obj) {
        return ZendObjectsStore.put(obj);
    }

    /**
     * Port of zend_objects_store_free_object_storage (shutdown_executor): objects still alive at
     * the end of the request — kept by reference cycles, such as a closure that captured itself
     * by reference — are freed anyway. Each is first held, so that freeing the contents of one
     * cannot free another twice.
     */
    public static void freeObjectStorage() {
        long[] live = ZendObjectsStore.live();
        for (long obj : live) if (obj != 0) addRef(obj);
        for (long obj : live) {
            if (obj == 0) continue;
            if (classOf(obj) == ZendClassEntry.CLOSURE) {
                ZendClosures.destroy(obj);
                putLong(obj + ZendClosures.STATICS, 0);
            } else {
                ZendObjectHandlers.freeProperties(obj);
                for (int p = MESSAGE; p <= PREVIOUS; p += 16) {
                    ZendVm.release(obj + p);
                    ZendVm.setNull(obj + p);
                }
            }
        }
        for (long obj : live) {
            ZendObjectsStore.free(getInt(obj + 8));
            ZendAlloc.efree(obj);
        }
    }

    /**
     * Port of zend_default_exception_new: a new object of {@code ce} (refcount 1) with an empty
     * message, code 0, and the file, line and trace of where it is created.
     */
    public static long create(ZendClassEntry ce) {
        long ex = ExecutorGlobals.current_execute_data;
        long obj = ZendAlloc.emalloc(objectSize(ce));
        putInt(obj, 1);
        putInt(obj + 4, IS_OBJECT);
        putInt(obj + 8, allocHandle(obj));
        putInt(obj + 12, 0);
        putLong(obj + CE, ce.id);
        putLong(obj + 24, 0);
        putLong(obj + 32, 0);
        // object_properties_init: the declared defaults
        ZendVm.setString(obj + MESSAGE, ZendInternedStrings.emptyString());
        ZendVm.setString(obj + STRING, ZendInternedStrings.emptyString());
        ZendVm.setLong(obj + CODE, 0);
        ZendVm.setString(obj + FILE, ZendInternedStrings.emptyString());
        ZendVm.setLong(obj + LINE, 0);
        jzend.zend.hash.ZendArrays.setEmptyArray(obj + TRACE);
        ZendVm.setNull(obj + PREVIOUS);
        if (ce.instanceOf(ZendClassEntry.ERROR_EXCEPTION)) ZendVm.setLong(obj + SEVERITY, jzend.zend.ZendErrors.E_ERROR);
        // the trace first, then the file (a copy of the executed filename) and the line
        long trace = ex != 0 ? ZendBacktrace.fetchDebugBacktrace(ex, false) : jzend.zend.hash.ZendHash.zend_new_array(0);
        ZendVm.setString(obj + FILE, string(ZendBacktrace.file(ex)));
        ZendVm.setLong(obj + LINE, ZendBacktrace.line(ex));
        jzend.zend.hash.ZendArrays.setArray(obj + TRACE, trace);
        return obj;
    }

    /** zend_throw_error / zend_throw_exception: a new object of the named class with {@code message}. */
    public static long create(String className, String message) {
        long obj = create(ZendClassEntry.lookup(className));
        ZendVm.setString(obj + MESSAGE, string(message));
        return obj;
    }

    private static long string(String s) {
        if (s.isEmpty()) return ZendInternedStrings.emptyString();
        return ZendString.init(s.getBytes(StandardCharsets.ISO_8859_1), false);
    }

    private static String javaString(long zv) {
        return ZendString.toJavaString(getLong(zv));
    }

    /** The class of an object. */
    public static ZendClassEntry classOf(long obj) {
        return ZendClassEntry.byId((int) getLong(obj + CE));
    }

    public static String message(long obj) { return javaString(obj + MESSAGE); }
    public static String file(long obj) { return javaString(obj + FILE); }
    public static int line(long obj) { return (int) getLong(obj + LINE); }

    /** getTraceAsString() as a Java string (for reports and tests; allocates nothing in the heap). */
    public static String trace(long obj) {
        return new String(traceToString(traceOf(obj), true).toArray(), StandardCharsets.ISO_8859_1);
    }

    /** The trace property's array. */
    private static long traceOf(long obj) {
        return getLong(obj + TRACE);
    }

    /**
     * zend_property_info of the Throwable classes, in slot order (properties_info_table): the
     * seven of Exception or Error — string, trace and previous private to that base class — and
     * ErrorException's severity.
     */
    static ZendObjectHandlers.PropertyInfo[] propertiesInfoTable(ZendClassEntry ce) {
        boolean error = !ce.instanceOf(ZendClassEntry.EXCEPTION);
        boolean severity = ce.instanceOf(ZendClassEntry.ERROR_EXCEPTION);
        ZendObjectHandlers.PropertyInfo[] t = TABLES[(error ? 1 : 0) + (severity ? 2 : 0)];
        if (t != null) return t;
        String base = error ? "Error" : "Exception";
        java.util.List<ZendObjectHandlers.PropertyInfo> l = new java.util.ArrayList<>();
        l.add(property("\0*\0message", MESSAGE));
        l.add(property("\0" + base + "\0string", STRING));
        l.add(property("\0*\0code", CODE));
        l.add(property("\0*\0file", FILE));
        l.add(property("\0*\0line", LINE));
        l.add(property("\0" + base + "\0trace", TRACE));
        l.add(property("\0" + base + "\0previous", PREVIOUS));
        if (severity) l.add(property("\0*\0severity", SEVERITY));
        t = l.toArray(new ZendObjectHandlers.PropertyInfo[0]);
        TABLES[(error ? 1 : 0) + (severity ? 2 : 0)] = t;
        return t;
    }

    private static final ZendObjectHandlers.PropertyInfo[][] TABLES = new ZendObjectHandlers.PropertyInfo[4][];

    private static ZendObjectHandlers.PropertyInfo property(String mangled, int offset) {
        return new ZendObjectHandlers.PropertyInfo(mangled.getBytes(StandardCharsets.ISO_8859_1), offset);
    }

    /** zend_object_std_dtor of a Throwable: its properties table first, then each property slot. */
    private static void releaseProperties(long obj) {
        ZendObjectHandlers.freeProperties(obj);
        for (int p = MESSAGE; p <= PREVIOUS; p += 16) ZendVm.release(obj + p);
    }

    /** Port of zend_objects_store_del + zend_object_std_dtor: the properties are released, the handle and block freed. */
    static void destroy(long obj) {
        if (classOf(obj) == ZendClassEntry.CLOSURE) {
            ZendClosures.destroy(obj);
        } else {
            releaseProperties(obj);
        }
        freeHandle(obj);
        ZendAlloc.efree(obj);
    }

    /** The object's handle is free for the next object. */
    static void freeHandle(long obj) {
        ZendObjectsStore.free(getInt(obj + 8));
    }

    /** GC_ADDREF on an object. */
    static void addRef(long obj) {
        putInt(obj, getInt(obj) + 1);
    }

    /** OBJ_RELEASE. */
    public static void release(long obj) {
        ZendVm.releaseCounted(obj, IS_OBJECT_EX);
    }

    /** ZVAL_OBJ: the zval now owns one reference to {@code obj}. */
    public static void setObject(long zv, long obj) {
        putLong(zv, obj);
        putInt(zv + ZendVm.TYPE, IS_OBJECT_EX);
    }

    // ------------------------------------------------------------------ Exception/Error methods

    /** The constructors and methods of Exception and Error (zend_exceptions.stub.php), as internal functions. */
    static final String OWNER = "jzend/zend/execute/ZendExceptions";
    public static final ZendFunctionEntry CONSTRUCT =
            new ZendFunctionEntry("Exception::__construct", OWNER, "construct", 0, "message", "code", "previous");

    public static final ZendFunctionEntry ERROR_EXCEPTION_CONSTRUCT = new ZendFunctionEntry("ErrorException::__construct", OWNER,
            "construct", 0, "message", "code", "severity", "filename", "line", "previous");

    /**
     * Exception::__construct(string $message = "", int $code = 0, ?Throwable $previous = null): the
     * object is This (an ErrorException's constructor is ErrorException::__construct).
     */
    public static void construct(long ex, long rv) {
        long obj = getLong(ex + ZendExecuteData.THIS);
        if (classOf(obj).instanceOf(ZendClassEntry.ERROR_EXCEPTION)) {
            errorExceptionConstruct(ex, rv, obj);
            return;
        }
        int n = ZendExecuteData.numArgs(ex);
        if (n >= 1) {
            long s = ZendParseParameters.requiredString(ex, 1);
            ZendVm.release(obj + MESSAGE);
            ZendVm.setString(obj + MESSAGE, ZendString.copy(s));
        }
        if (n >= 2) ZendVm.setLong(obj + CODE, ZendParseParameters.requiredLong(ex, 2));
        if (n >= 3) {
            long prev = ZendArrayOps.deref(ZendParseParameters.arg(ex, 3));
            int t = getInt(prev + ZendVm.TYPE) & 0xff;
            if (t == IS_OBJECT && classOf(getLong(prev)).instanceOf(ZendClassEntry.THROWABLE)) {
                addRef(getLong(prev));
                ZendVm.release(obj + PREVIOUS);
                setObject(obj + PREVIOUS, getLong(prev));
            } else if (t != ZendVm.IS_NULL) {
                throw ZendParseParameters.typeError(ex, 3, "?Throwable", t);
            }
        }
        ZendVm.setNull(rv);
    }

    /**
     * ZEND_METHOD(ErrorException, __construct)(string $message = "", int $code = 0, int $severity =
     * E_ERROR, ?string $filename = null, ?int $line = null, ?Throwable $previous = null): a
     * filename replaces the file (and the line, 0 when none is given), a line alone the line.
     */
    private static void errorExceptionConstruct(long ex, long rv, long obj) {
        int n = ZendExecuteData.numArgs(ex);
        long message = n >= 1 ? ZendParseParameters.requiredString(ex, 1) : 0;
        long code = n >= 2 ? ZendParseParameters.requiredLong(ex, 2) : 0;
        long severity = n >= 3 ? ZendParseParameters.requiredLong(ex, 3) : jzend.zend.ZendErrors.E_ERROR;
        long filename = n >= 4 && !isNullArg(ex, 4) ? ZendParseParameters.requiredString(ex, 4) : 0;
        boolean linenoIsNull = n < 5 || isNullArg(ex, 5);
        long lineno = linenoIsNull ? 0 : ZendParseParameters.requiredLong(ex, 5);
        long previous = 0;
        if (n >= 6) {
            long prev = ZendArrayOps.deref(ZendParseParameters.arg(ex, 6));
            int t = getInt(prev + ZendVm.TYPE) & 0xff;
            if (t == IS_OBJECT && classOf(getLong(prev)).instanceOf(ZendClassEntry.THROWABLE)) {
                previous = getLong(prev);
            } else if (t != ZendVm.IS_NULL) {
                throw ZendParseParameters.typeError(ex, 6, "?Throwable", t);
            }
        }
        if (message != 0) {
            ZendVm.release(obj + MESSAGE);
            ZendVm.setString(obj + MESSAGE, ZendString.copy(message));
        }
        if (code != 0) ZendVm.setLong(obj + CODE, code);
        if (previous != 0) {
            addRef(previous);
            ZendVm.release(obj + PREVIOUS);
            setObject(obj + PREVIOUS, previous);
        }
        ZendVm.setLong(obj + SEVERITY, severity);
        if (filename != 0) {
            ZendVm.release(obj + FILE);
            ZendVm.setString(obj + FILE, ZendString.copy(filename));
            ZendVm.setLong(obj + LINE, linenoIsNull ? 0 : lineno);
        } else if (!linenoIsNull) {
            ZendVm.setLong(obj + LINE, lineno);
        }
        ZendVm.setNull(rv);
    }

    private static boolean isNullArg(long ex, int n) {
        return (getInt(ZendArrayOps.deref(ZendParseParameters.arg(ex, n)) + ZendVm.TYPE) & 0xff) == ZendVm.IS_NULL;
    }

    /**
     * A method call on an exception object ($e->getMessage() …): the final methods of
     * Exception/Error. Anything else is php's "Call to undefined method".
     */
    static void callMethod(long result, long obj, String method) {
        if (!classOf(obj).instanceOf(ZendClassEntry.THROWABLE)) {
            throw ZendError.create("Error", "Call to undefined method " + classOf(obj).name + "::" + method + "()");
        }
        switch (method.toLowerCase(java.util.Locale.ROOT)) {
            case "getmessage" -> ZendVm.copyValue(result, obj + MESSAGE);
            case "getcode" -> ZendVm.copyValue(result, obj + CODE);
            case "getfile" -> ZendVm.copyValue(result, obj + FILE);
            case "getline" -> ZendVm.copyValue(result, obj + LINE);
            case "getprevious" -> ZendVm.copyValue(result, obj + PREVIOUS);
            case "gettrace" -> ZendVm.copyValue(result, obj + TRACE);
            case "gettraceasstring" -> ZendVm.setString(result, getTraceAsString(obj));
            case "__tostring" -> ZendVm.setString(result, toStringMethod(obj));
            case "getseverity" -> {
                if (!classOf(obj).instanceOf(ZendClassEntry.ERROR_EXCEPTION)) {
                    throw ZendError.create("Error", "Call to undefined method " + classOf(obj).name + "::" + method + "()");
                }
                ZendVm.copyValue(result, obj + SEVERITY);
            }
            default -> throw ZendError.create("Error", "Call to undefined method " + classOf(obj).name + "::" + method + "()");
        }
    }

    /**
     * Port of Exception::getTraceAsString: zend_trace_to_string of the trace property, "#N {main}"
     * last, in the smart_str it was built in (not trimmed).
     */
    static long getTraceAsString(long obj) {
        return jzend.zend.string.ZendSmartStr.untrimmed(traceToString(traceOf(obj), true));
    }

    /** Port of zend_trace_to_string: one line per frame (_build_trace_string), then "#N {main}". */
    static jzend.zend.ops.ByteBuf traceToString(long trace, boolean includeMain) {
        jzend.zend.ops.ByteBuf str = new jzend.zend.ops.ByteBuf();
        int num = 0;
        for (int p = jzend.zend.hash.ZendHash.zend_hash_first_pos(trace); p < jzend.zend.hash.ZendArray.numUsed(trace);
             p = jzend.zend.hash.ZendHash.zend_hash_next_pos(trace, p)) {
            long frame = jzend.zend.hash.ZendHash.zend_hash_data_at(trace, p);
            if ((getInt(frame + ZendVm.TYPE) & 0xff) != ZendVm.IS_ARRAY) continue; // frames are arrays: php warns otherwise
            ZendBacktrace.buildTraceString(str, getLong(frame), num++);
        }
        if (includeMain) {
            str.append('#').append((long) num).appendAscii(" {main}");
        }
        return str;
    }

    /**
     * Port of Exception::__toString: "Class: message in file:line\nStack trace:\n…" for the
     * object and each previous exception, the innermost first, joined by "\n\nNext " (a
     * TypeError or ArgumentCountError whose message says ", called in " gets " and defined").
     * The text, a string the caller owns, is also stored in the object's string property.
     */
    static long toStringMethod(long obj) {
        jzend.zend.ops.ByteBuf str = new jzend.zend.ops.ByteBuf();
        java.util.List<Long> protectedChain = new java.util.ArrayList<>();
        long e = obj;
        while (e != 0 && classOf(e).instanceOf(ZendClassEntry.THROWABLE)) {
            ZendClassEntry ce = classOf(e);
            byte[] message = ZendString.bytes(getLong(e + MESSAGE));
            if ((ce.name.equals("TypeError") || ce.name.equals("ArgumentCountError")) && contains(message, CALLED_IN)) {
                message = concat(message, AND_DEFINED);
            }
            jzend.zend.ops.ByteBuf trace = traceToString(traceOf(e), true);
            jzend.zend.ops.ByteBuf one = new jzend.zend.ops.ByteBuf();
            one.appendAscii(ce.name);
            if (message.length > 0) one.appendAscii(": ").append(message);
            one.appendAscii(" in ").append(ZendString.bytes(getLong(e + FILE))).append(':').append(getLong(e + LINE))
                    .appendAscii("\nStack trace:\n");
            if (trace.length() > 0) one.append(trace.array(), 0, trace.length());
            else one.appendAscii("#0 {main}\n");
            if (str.length() > 0) one.appendAscii("\n\nNext ").append(str.array(), 0, str.length());
            str = one;
            ZendObjectHandlers.protectRecursion(e);
            protectedChain.add(e);
            long prev = e + PREVIOUS;
            e = (getInt(prev + ZendVm.TYPE) & 0xff) == IS_OBJECT ? getLong(prev) : 0;
            if (e != 0 && ZendObjectHandlers.isRecursive(e)) break;
        }
        for (long p : protectedChain) ZendObjectHandlers.unprotectRecursion(p);
        long s = jzend.zend.string.ZendSmartStr.extract(str); // zend_strpprintf
        // "We store the result in the private property string"
        ZendVm.release(obj + STRING);
        ZendVm.setString(obj + STRING, ZendString.copy(s));
        return s;
    }

    private static final byte[] CALLED_IN = ", called in ".getBytes(StandardCharsets.ISO_8859_1),
            AND_DEFINED = " and defined".getBytes(StandardCharsets.ISO_8859_1);

    private static boolean contains(byte[] s, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= s.length; i++) {
            for (int j = 0; j < needle.length; j++) if (s[i + j] != needle[j]) continue outer;
            return true;
        }
        return false;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /**
     * What zend_exception_error prints for an uncaught Throwable (before " in FILE on line N"):
     * "Uncaught " and the __toString text (stored in the string property as php does), "\n  thrown".
     */
    public static String uncaughtMessage(long obj) {
        long s = toStringMethod(obj);
        String text = ZendString.toJavaString(s);
        ZendString.release(s);
        return "Uncaught " + text + "\n  thrown";
    }

    // ------------------------------------------------------------------ catching

    /** Whether the in-flight exception is an instance of one of the classes named "A|B|C" (unknown names never match). */
    public static boolean matches(ZendError e, String classes) {
        ZendClassEntry ce = classOf(e.object);
        for (String name : classes.split("\\|")) {
            ZendClassEntry c = ZendClassEntry.lookup(name);
            if (c != null && ce.instanceOf(c)) return true;
        }
        return false;
    }

    /** ZEND_CATCH: the caught object moves into the catch variable (cv 0: catch without a variable, the object is released). */
    public static void bind(ZendError e, long cv) {
        if (cv == 0) {
            release(e.object);
            return;
        }
        cv = ZendReference.deref(cv);
        int oldType = getInt(cv + ZendVm.TYPE);
        long old = getLong(cv);
        setObject(cv, e.object);
        if ((oldType & ZendVm.REFCOUNTED) != 0) ZendVm.releaseCounted(old, oldType);
    }

    /** An exception discarded by a {@code return} in a finally block: its object is released. */
    public static void discard(ZendError e) {
        release(e.object);
    }

    /**
     * What zend_dispatch_try_catch_finally_helper does before a catch block of frame {@code ex}
     * runs: the frames above it — the internal function that threw, calls whose arguments were
     * being sent (cleanup_unfinished_calls) — release their arguments and are popped, and the
     * frame is current again.
     */
    public static void unwindTo(long ex) {
        long lowest = 0;
        long current = ExecutorGlobals.current_execute_data;
        while (current != ex && current != 0) {
            // an internal function's frame (user frames have unwound themselves)
            freeArgs(current);
            lowest = current;
            current = ZendExecuteData.prev(current);
        }
        for (long call = ZendExecuteData.call(ex); call != 0; call = ZendExecuteData.prev(call)) {
            freeArgs(call);
            lowest = call;
        }
        ZendExecuteData.setCall(ex, 0);
        if (lowest != 0) ZendVmStack.pop(lowest);
        ExecutorGlobals.current_execute_data = ex;
    }

    private static void freeArgs(long call) {
        ZendCallable.freeExtraNamedParams(call);
        int n = ZendExecuteData.numArgs(call);
        for (int i = 0; i < n; i++) {
            long arg = call + ZendExecuteData.varOffset(i);
            int t = getInt(arg + ZendVm.TYPE);
            putInt(arg + ZendVm.TYPE, ZendVm.IS_UNDEF);
            if ((t & ZendVm.REFCOUNTED) != 0) ZendVm.releaseCounted(getLong(arg), t);
        }
    }
}
