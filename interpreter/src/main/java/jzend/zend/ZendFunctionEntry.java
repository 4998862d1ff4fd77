package jzend.zend;

/**
 * An internal function's entry (zend_function_entry with its arginfo): the PHP name, the Java
 * static method implementing it ({@code static void f(long execute_data, long return_value)}, as
 * PHP_FUNCTION declares it, in {@code owner}, an internal class name such as
 * "jzend/ext/standard/Var"), and the parameters' names with the number required. A name's
 * prefix gives how its argument is sent: "&" by reference (ZEND_SEND_BY_REF), "&?" by reference
 * when it is a variable and by value otherwise (ZEND_SEND_PREFER_REF), "..." variadic.
 */
public final class ZendFunctionEntry {
    private final String name, owner, method;
    private final int requiredArgs;
    private final String[] paramNames;
    /** Computed once: checked on every call (zend_wrong_parameters_count_error). */
    private final boolean variadic;

    public ZendFunctionEntry(String name, String owner, String method, int requiredArgs, String... paramNames) {
        this.name = name;
        this.owner = owner;
        this.method = method;
        this.requiredArgs = requiredArgs;
        this.paramNames = paramNames;
        this.variadic = paramNames.length > 0 && paramNames[paramNames.length - 1].startsWith("...");
    }

    public String name() { return name; }

    public String owner() { return owner; }

    public String method() { return method; }

    public int requiredArgs() { return requiredArgs; }

    public String[] paramNames() { return paramNames; }

    /** Whether the last parameter is variadic ("...$values"). */
    public boolean variadic() {
        return variadic;
    }

    /** Whether argument {@code n} (1-based) is sent by reference (ARG_MUST_BE_SENT_BY_REF). */
    public boolean byRef(int n) {
        if (paramNames.length == 0) return false;
        String p = paramNames[Math.min(n, paramNames.length) - 1];
        if (n > paramNames.length && !variadic()) return false;
        return p.startsWith("&") || p.startsWith("...&");
    }

    /** Whether argument {@code n} (1-based) may also be sent by value (ARG_MAY_BE_SENT_BY_REF: ZEND_SEND_PREFER_REF). */
    public boolean preferRef(int n) {
        if (paramNames.length == 0 || (n > paramNames.length && !variadic())) return false;
        String p = paramNames[Math.min(n, paramNames.length) - 1];
        return p.startsWith("&?") || p.startsWith("...&?");
    }

    /** The name of parameter {@code n} (1-based) as errors show it, without "&" and "...". */
    public String paramName(int n) {
        return paramNames[Math.min(n, paramNames.length) - 1].replace("...", "").replace("&?", "").replace("&", "");
    }

    /** The most arguments accepted, or -1 for variadic functions. */
    public int maxArgs() {
        return variadic ? -1 : paramNames.length;
    }

    @Override
    public String toString() {
        return "ZendFunctionEntry[" + name + " " + owner + "." + method + "]";
    }
}
