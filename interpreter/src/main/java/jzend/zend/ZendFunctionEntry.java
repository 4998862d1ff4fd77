package jzend.zend;

/**
 * An internal function's entry (zend_function_entry with its arginfo): the PHP name, the Java
 * static method implementing it ({@code static void f(long execute_data, long return_value)}, as
 * PHP_FUNCTION declares it), and the parameters' names with the number required.
 *
 * @param owner the implementing class, as an internal name ("jzend/ext/standard/Var")
 */
public record ZendFunctionEntry(String name, String owner, String method, int requiredArgs, String... paramNames) {
    /** Whether the last parameter is variadic ("...$values"). */
    public boolean variadic() {
        return paramNames.length > 0 && paramNames[paramNames.length - 1].startsWith("...");
    }

    /** Whether argument {@code n} (1-based) is sent by reference (ARG_MUST_BE_SENT_BY_REF). */
    public boolean byRef(int n) {
        if (paramNames.length == 0) return false;
        String p = paramNames[Math.min(n, paramNames.length) - 1];
        if (n > paramNames.length && !variadic()) return false;
        return p.startsWith("&") || p.startsWith("...&");
    }

    /** The name of parameter {@code n} (1-based) as errors show it, without "&" and "...". */
    public String paramName(int n) {
        return paramNames[Math.min(n, paramNames.length) - 1].replace("...", "").replace("&", "");
    }

    /** The most arguments accepted, or -1 for variadic functions. */
    public int maxArgs() {
        return variadic() ? -1 : paramNames.length;
    }
}
