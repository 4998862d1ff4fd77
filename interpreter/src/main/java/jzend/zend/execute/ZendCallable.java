package jzend.zend.execute;

import jzend.zend.ExecutorGlobals;
import jzend.zend.ZendFunctionEntry;
import jzend.zend.ZendInternalFunctions;
import jzend.zend.string.ZendString;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Locale;

import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;
import static jzend.zend.alloc.NativeMemory.putLong;

/**
 * Calls whose callee is a value: {@code $f(...)} (INIT_DYNAMIC_CALL … DO_FCALL_BY_NAME) and the
 * callbacks of builtins (zend_call_function: array_map, usort, call_user_func …). A callable is
 * a Closure or the name of a function (user or internal); methods do not exist here.
 *
 * <p>A callback is made in three steps so that nothing is allocated on the Java heap per call:
 * {@link #prepare} pushes the frame, {@link #sendArg} fills each argument, {@link #invoke} runs
 * it and pops it.
 */
public final class ZendCallable {
    private ZendCallable() {}

    /** The frame id a callable value names, or {@link #NOT_CALLABLE}. */
    public static final int NOT_CALLABLE = Integer.MIN_VALUE;

    /** zend_is_callable: the function a value names (a closure's op_array, a user or an internal function). */
    public static int resolve(long callable) {
        long v = ZendReference.deref(callable);
        int t = getInt(v + ZendVm.TYPE) & 0xff;
        if (t == ZendExceptions.IS_OBJECT) {
            long obj = getLong(v);
            return ZendExceptions.classOf(obj) == ZendClassEntry.CLOSURE ? ZendClosures.func(obj) : NOT_CALLABLE;
        }
        if (t != ZendVm.IS_STRING) return NOT_CALLABLE;
        String name = ZendString.toJavaString(getLong(v));
        if (name.startsWith("\\")) name = name.substring(1);
        String lower = name.toLowerCase(Locale.ROOT);
        int user = ZendFunctions.lookup(lower);
        if (user >= 0) return user;
        int internal = ZendInternalFunctions.lookup(lower);
        return internal != 0 && lower.indexOf(':') < 0 ? internal : NOT_CALLABLE;
    }

    /**
     * Port of zend_is_callable_error's message for a builtin's callback parameter:
     * "f(): Argument #n ($callback) must be a valid callback, …" — thrown as TypeError.
     */
    public static void checkCallback(long ex, int n, boolean nullable) {
        long v = ZendArrayOps.deref(ZendParseParameters.arg(ex, n));
        int t = getInt(v + ZendVm.TYPE) & 0xff;
        if (nullable && t == ZendVm.IS_NULL) return;
        if (resolve(v) != NOT_CALLABLE) return;
        String why;
        if (t == ZendVm.IS_STRING) {
            why = "function \"" + ZendString.toJavaString(getLong(v)) + "\" not found or invalid function name";
        } else if (t == ZendVm.IS_ARRAY) {
            why = "array callback must have exactly two members";
        } else {
            why = "no array or string given";
        }
        ZendFunctionEntry f = ZendInternalFunctions.entry(ZendExecuteData.func(ex));
        throw ZendError.create("TypeError", f.name() + "(): Argument #" + n + " ($" + f.paramName(n) + ") must be a valid callback"
                + (nullable ? " or null" : "") + ", " + why);
    }

    /** zend_is_callable for is_callable(). */
    public static boolean isCallable(long zv) {
        return resolve(zv) != NOT_CALLABLE;
    }

    /**
     * Pushes the frame of a call to {@code callable} with {@code numArgs} arguments from the
     * current frame (a builtin's), ready for {@link #sendArg}; returns it.
     */
    public static long prepare(long callable, int numArgs) {
        long ex = ExecutorGlobals.current_execute_data;
        initDynamicCall(ex, callable, numArgs);
        return ZendExecuteData.call(ex);
    }

    /**
     * ZEND_INIT_DYNAMIC_CALL: the callee named by the value; Error when it is not callable. A
     * temporary callee is left to DO_FCALL_BY_NAME (its live range frees it on an exception).
     */
    public static void initDynamicCall(long ex, long callable, int numArgs) {
        int func = resolve(callable);
        if (func == NOT_CALLABLE) {
            long v = ZendReference.deref(callable);
            int t = getInt(v + ZendVm.TYPE) & 0xff;
            String msg = t == ZendVm.IS_STRING
                    ? "Call to undefined function " + ZendString.toJavaString(getLong(v)) + "()"
                    : t == ZendExceptions.IS_OBJECT ? "Object of type " + ZendExceptions.classOf(getLong(v)).name + " is not callable"
                    : "Value not callable";
            throw ZendError.create("Error", msg);
        }
        int frameSize = func >= 0 ? Math.max(ZendFunctions.opArray(func).frameSize(), ZendExecuteData.varOffset(numArgs))
                : ZendExecuteData.varOffset(numArgs + 1);
        ZendVm.initFcall(ex, func, numArgs, frameSize);
        if (func >= 0 && ZendFunctions.opArray(func).closure) {
            putLong(ZendExecuteData.call(ex) + ZendExecuteData.THIS, getLong(ZendReference.deref(callable)));
        }
    }

    /** Whether argument {@code n} of the function a frame calls is by reference. */
    static boolean byRef(int func, int n) {
        if (func < 0) return ZendInternalFunctions.entry(func).byRef(n);
        boolean[] refs = ZendFunctions.opArray(func).paramByRef;
        return n <= refs.length && refs[n - 1];
    }

    /**
     * ZEND_SEND_VAR_EX: a variable for a callee known only at run time — by reference when its
     * parameter is, else copied.
     */
    public static void sendVarEx(long ex, int argNum, long var) {
        long call = ZendExecuteData.call(ex);
        if (byRef(ZendExecuteData.func(call), argNum)) ZendVm.sendRef(ex, argNum, var);
        else ZendVm.sendVal(ex, argNum, var);
    }

    /**
     * A callback's argument (zend_call_function's parameter copying): a reference is passed as
     * such to a by-reference parameter, any other value is copied (a value for a by-reference
     * parameter gets php's warning and is passed anyway, as a new reference).
     */
    public static void sendArg(long call, int argNum, long value) {
        long arg = call + ZendExecuteData.varOffset(argNum - 1);
        int func = ZendExecuteData.func(call);
        if (byRef(func, argNum)) {
            if (ZendReference.isRef(value)) {
                ZendReference.bind(arg, getLong(value));
                return;
            }
            if (func < 0 && ZendInternalFunctions.entry(func).preferRef(argNum)) { // ARG_MAY_BE_SENT_BY_REF: by value, silently
                ZendVm.copyValue(arg, value);
                return;
            }
            String name = ZendBacktrace.functionName(call);
            String param = func >= 0 ? new String(ZendFunctions.opArray(func).paramNames[argNum - 1], java.nio.charset.StandardCharsets.ISO_8859_1)
                    : ZendInternalFunctions.entry(func).paramName(argNum);
            jzend.zend.Zend.zend_error(jzend.zend.ZendErrors.E_WARNING, name + "(): Argument #" + argNum + " ($" + param
                    + ") must be passed by reference, value given");
            ZendVm.copyValue(arg, value);
            ZendReference.makeRef(arg);
            return;
        }
        ZendVm.copyValue(arg, value);
    }

    /** ZEND_CALL_HAS_EXTRA_NAMED_PARAMS, kept in This.u1.type_info of the frame. */
    private static final int HAS_EXTRA_NAMED_PARAMS = 1;

    /** EX(extra_named_params) of a frame (0 when there are none): RECV_VARIADIC copies them, traces show them. */
    static long extraNamedParams(long ex) {
        // only user functions get them; an internal call's This may hold its discarded result
        if (ZendExecuteData.func(ex) < 0 || (getInt(ex + ZendExecuteData.THIS + 8) & HAS_EXTRA_NAMED_PARAMS) == 0) return 0;
        return getLong(ex + ZendExecuteData.EXTRA_NAMED_PARAMS);
    }

    /** zend_free_extra_named_params when the frame ends (i_free_compiled_variables' companion in zend_leave_helper). */
    static void freeExtraNamedParams(long ex) {
        if (ZendExecuteData.func(ex) < 0 || (getInt(ex + ZendExecuteData.THIS + 8) & HAS_EXTRA_NAMED_PARAMS) == 0) return;
        jzend.zend.alloc.NativeMemory.putInt(ex + ZendExecuteData.THIS + 8, 0);
        jzend.zend.hash.ZendArrays.release(getLong(ex + ZendExecuteData.EXTRA_NAMED_PARAMS));
    }

    /** The 1-based position of the parameter named {@code name} of function {@code func}, or -1. */
    private static int paramPosition(int func, String name) {
        if (func >= 0) {
            var op = ZendFunctions.opArray(func);
            for (int i = 0; i < op.paramNames.length; i++) {
                if (new String(op.paramNames[i], java.nio.charset.StandardCharsets.ISO_8859_1).equals(name)) {
                    return op.variadic && i == op.paramNames.length - 1 ? -1 : i + 1;
                }
            }
            return -1;
        }
        ZendFunctionEntry e = ZendInternalFunctions.entry(func);
        for (int i = 1; i <= e.paramNames().length; i++) {
            if (!e.paramNames()[i - 1].startsWith("...") && e.paramName(i).equals(name)) return i;
        }
        return -1;
    }

    /**
     * A call whose arguments are in an array (named arguments, {@code ...$a}, call_user_func_array):
     * integer keys are positional, string keys name parameters (zend_handle_named_arg) — "Unknown
     * named parameter", "overwrites previous argument" — and a variadic user function collects
     * unknown names. Parameters skipped in between are left undefined for RECV_INIT's default
     * (internal functions cannot have gaps here).
     */
    public static void callArray(long ex, long callable, long argsZv, long result) {
        callArray(ex, callable, argsZv, result, false);
    }

    /** The same; {@code wantRef}: the call is the source of {@code $a = &…} (a by-reference function returns a reference). */
    public static void callArray(long ex, long callable, long argsZv, long result, boolean wantRef) {
        try {
            prepareFromArray(ex, callable, argsZv);
        } finally {
            ZendVm.freeOp(argsZv); // the temporary array of arguments: its values are in the frame now
        }
        doCall(ex, result, wantRef);
    }

    /** The frame of {@link #callArray}, its arguments bound. */
    private static void prepareFromArray(long ex, long callable, long argsZv) {
        long ht = getLong(ZendArrayOps.deref(argsZv));
        int func = resolve(callable);
        if (func == NOT_CALLABLE) {
            initDynamicCall(ex, callable, 0); // throws php's error
            return;
        }
        int positional = 0, max = 0;
        boolean named = false;
        long extra = 0;
        int used = jzend.zend.hash.ZendArray.numUsed(ht);
        for (int pos = jzend.zend.hash.ZendHash.zend_hash_first_pos(ht); pos < used; pos = jzend.zend.hash.ZendHash.zend_hash_next_pos(ht, pos)) {
            if (jzend.zend.hash.ZendHash.zend_hash_key_type_at(ht, pos) == jzend.zend.hash.ZendHash.HASH_KEY_IS_LONG) {
                if (named) throw ZendError.create("Error", "Cannot use positional argument after named argument during unpacking");
                positional++;
                max = Math.max(max, positional);
                continue;
            }
            named = true;
            String name = ZendString.toJavaString(jzend.zend.hash.ZendHash.zend_hash_str_key_at(ht, pos));
            int at = paramPosition(func, name);
            if (at < 0) {
                if (func >= 0 && ZendFunctions.opArray(func).variadic) continue;
                throw ZendError.create("Error", "Unknown named parameter $" + name);
            }
            if (at <= positional) throw ZendError.create("Error", "Named parameter $" + name + " overwrites previous argument");
            max = Math.max(max, at);
        }
        initDynamicCall(ex, callable, max);
        long call = ZendExecuteData.call(ex);
        boolean[] filled = new boolean[max + 1];
        int i = 0;
        for (int pos = jzend.zend.hash.ZendHash.zend_hash_first_pos(ht); pos < used; pos = jzend.zend.hash.ZendHash.zend_hash_next_pos(ht, pos)) {
            long value = jzend.zend.hash.ZendHash.zend_hash_data_at(ht, pos);
            int at;
            if (jzend.zend.hash.ZendHash.zend_hash_key_type_at(ht, pos) == jzend.zend.hash.ZendHash.HASH_KEY_IS_LONG) {
                at = ++i;
            } else {
                long key = jzend.zend.hash.ZendHash.zend_hash_str_key_at(ht, pos);
                at = paramPosition(func, ZendString.toJavaString(key));
                if (at < 0) {
                    if (extra == 0) extra = jzend.zend.hash.ZendHash.zend_new_array_0();
                    ZendVm.copyValue(jzend.zend.hash.ZendHash.zend_hash_lookup(extra, key), ZendReference.deref(value));
                    continue;
                }
            }
            filled[at] = true;
            sendArg(call, at, value);
        }
        if (func < 0) {
            for (int p = 1; p <= max; p++) {
                if (!filled[p]) {
                    ZendExceptions.unwindTo(ex);
                    if (extra != 0) jzend.zend.hash.ZendArrays.release(extra);
                    throw ZendError.create("Error", "jzend cannot skip parameter #" + p + " of internal function "
                            + ZendInternalFunctions.entry(func).name() + "() with named arguments yet");
                }
            }
        }
        if (extra != 0) {
            putLong(call + ZendExecuteData.EXTRA_NAMED_PARAMS, extra);
            jzend.zend.alloc.NativeMemory.putInt(call + ZendExecuteData.THIS + 8, HAS_EXTRA_NAMED_PARAMS);
        }
    }

    /** Runs a prepared callback; its return value goes to {@code retval} (which the caller releases). */
    public static void invoke(long call, long retval) {
        doCall(ExecutorGlobals.current_execute_data, retval);
    }

    /**
     * ZEND_DO_FCALL_BY_NAME: runs the call on top of the frame's call chain — a user function's
     * generated code or an internal function's handler.
     */
    public static void doCall(long ex, long result) {
        doCall(ex, result, false);
    }

    /** The same; {@code wantRef}: the result slot asks a by-reference function for a reference. */
    public static void doCall(long ex, long result, boolean wantRef) {
        long call = ZendExecuteData.call(ex);
        int func = ZendExecuteData.func(call);
        try {
            if (func >= 0) {
                var op = ZendFunctions.opArray(func);
                int lastVar = op.vars.length;
                if (wantRef) ZendVm.doUcallWantRef(ex, result, lastVar, op.numArgs, lastVar + op.T);
                else ZendVm.doUcall(ex, result, lastVar, op.numArgs, lastVar + op.T);
                ZendFunctions.entry(func).invokeExact(call);
            } else {
                ZendVm.doIcall(ex, result);
                long rv = result != 0 ? result : call + ZendExecuteData.THIS;
                if (result == 0) ZendVm.setNull(rv);
                internalHandler(func).invokeExact(call, rv);
                if (result == 0) ZendVm.discardResult(rv);
                ZendVm.icallDone(ex, call);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static MethodHandle[] handlers = new MethodHandle[64];

    /** The {@code (long, long) -> void} handle of an internal function (looked up once). */
    private static MethodHandle internalHandler(int func) {
        int i = -func - 1;
        if (i >= handlers.length) handlers = java.util.Arrays.copyOf(handlers, Math.max(i + 1, handlers.length * 2));
        MethodHandle h = handlers[i];
        if (h == null) {
            ZendFunctionEntry e = ZendInternalFunctions.entry(func);
            try {
                Class<?> owner = Class.forName(e.owner().replace('/', '.'), true, ZendCallable.class.getClassLoader());
                h = MethodHandles.publicLookup().findStatic(owner, e.method(), MethodType.methodType(void.class, long.class, long.class));
            } catch (ReflectiveOperationException x) {
                throw new IllegalStateException("internal function " + e.name() + " has no handler", x);
            }
            handlers[i] = h;
        }
        return h;
    }
}
