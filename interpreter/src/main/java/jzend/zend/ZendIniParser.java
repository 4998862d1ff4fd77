package jzend.zend;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The subset of PHP's ini syntax (zend_ini_scanner.l / zend_ini_parser.y, INI_SCANNER_NORMAL)
 * that php.ini files and -d options use: {@code key = value} lines; {@code ;} comments;
 * {@code [section]} headers (ignored, except that entries under {@code [PATH=…]} or
 * {@code [HOST=…]} do not apply to the cli and cgi); unquoted values with trailing blanks trimmed;
 * {@code "double"} quotes (escapes \" \\ \$) and {@code 'single'} quotes (raw), concatenated with
 * what touches them; {@code ${NAME}} (an ini value already set, else the environment); the
 * keywords true/on/yes → "1" and false/off/no/none/null → ""; and constant expressions of
 * E_* constants and integers with | &amp; ^ ~ ! and parentheses (error_reporting = E_ALL &amp; ~E_NOTICE).
 * A bare key without "=" sets nothing. Array keys ({@code key[]}) are not supported and skipped.
 *
 * <p>Syntax errors are reported as PHP reports them while reading php.ini, on stderr
 * ("PHP:  syntax error, unexpected '=' in FILE on line N"), and end the parse; entries before the
 * error stay.
 */
public final class ZendIniParser {
    private final String src;
    private final String filename;
    private final BiConsumer<String, String> entry;
    private final UnaryOperator<String> variable;
    private final Consumer<String> errorSink;
    private int pos;
    private int line = 1;

    private ZendIniParser(String src, String filename, BiConsumer<String, String> entry, UnaryOperator<String> variable,
                          Consumer<String> errorSink) {
        this.src = src;
        this.filename = filename;
        this.entry = entry;
        this.variable = variable;
        this.errorSink = errorSink;
    }

    /**
     * Port of zend_parse_ini_string/zend_parse_ini_file with php_ini_parser_cb's filtering: calls
     * {@code entry} for each key/value; {@code variable} resolves ${NAME}; syntax errors go to
     * {@code errorSink} (one line each). Returns false after a syntax error.
     */
    public static boolean parse(String src, String filename, BiConsumer<String, String> entry, UnaryOperator<String> variable,
                                Consumer<String> errorSink) {
        ZendIniParser p = new ZendIniParser(src, filename, entry, variable, errorSink);
        try {
            p.parseAll();
            return true;
        } catch (SyntaxError e) {
            if (errorSink != null) {
                errorSink.accept("PHP:  " + e.getMessage() + (filename != null ? " in " + filename + " on line " + e.line : ""));
            }
            return false;
        }
    }

    private static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        SyntaxError(String message, int line) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    private boolean more() {
        return pos < src.length();
    }

    private char peek() {
        return src.charAt(pos);
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean eol(char c) {
        return c == '\n' || c == '\r';
    }

    private void skipBlanks() {
        while (more() && blank(peek())) pos++;
    }

    private void skipToEol() {
        while (more() && !eol(peek())) pos++;
    }

    private void newline() {
        if (!more()) return;
        if (peek() == '\r') {
            pos++;
            if (more() && peek() == '\n') pos++;
        } else {
            pos++;
        }
        line++;
    }

    private void parseAll() throws SyntaxError {
        boolean inactiveSection = false;
        while (more()) {
            skipBlanks();
            if (!more()) break;
            char c = peek();
            if (eol(c)) {
                newline();
            } else if (c == ';') {
                skipToEol();
            } else if (c == '[') {
                int close = src.indexOf(']', pos);
                int lineEnd = lineEnd();
                if (close < 0 || close > lineEnd) throw new SyntaxError("syntax error, unexpected end of file, expecting ']'", line);
                String section = src.substring(pos + 1, close).trim();
                String upper = section.toUpperCase(java.util.Locale.ROOT);
                inactiveSection = upper.startsWith("PATH=") || upper.startsWith("HOST=");
                pos = close + 1;
            } else if (c == '=') {
                throw new SyntaxError("syntax error, unexpected '='", line);
            } else {
                int start = pos;
                while (more() && !eol(peek()) && peek() != '=' && peek() != ';') pos++;
                String key = src.substring(start, pos).strip();
                if (!more() || peek() != '=') {
                    // a bare key: php_ini_parser_cb ignores it
                    continue;
                }
                pos++; // '='
                String value = parseValue();
                if (!inactiveSection && !key.contains("[")) entry.accept(key, value);
            }
        }
    }

    private int lineEnd() {
        int i = pos;
        while (i < src.length() && !eol(src.charAt(i))) i++;
        return i;
    }

    /** A value: quoted and unquoted parts up to ';' or the end of the line. */
    private String parseValue() throws SyntaxError {
        skipBlanks();
        StringBuilder out = new StringBuilder();
        StringBuilder unquoted = new StringBuilder();
        boolean quoted = false;
        while (more() && !eol(peek()) && peek() != ';') {
            char c = peek();
            if (c == '"') {
                out.append(unquotedPart(unquoted, true));
                unquoted.setLength(0);
                quoted = true;
                pos++;
                out.append(doubleQuoted());
            } else if (c == '\'') {
                out.append(unquotedPart(unquoted, true));
                unquoted.setLength(0);
                quoted = true;
                int close = src.indexOf('\'', pos + 1);
                if (close < 0) throw new SyntaxError("syntax error, unexpected end of file", line);
                out.append(src, pos + 1, close);
                for (int i = pos + 1; i < close; i++) if (src.charAt(i) == '\n') line++;
                pos = close + 1;
            } else if (c == '$' && pos + 1 < src.length() && src.charAt(pos + 1) == '{') {
                out.append(unquotedPart(unquoted, true));
                unquoted.setLength(0);
                quoted = true;
                out.append(dollarCurly());
            } else {
                unquoted.append(c);
                pos++;
            }
        }
        String tail = unquoted.toString().stripTrailing();
        if (!quoted) return wholeUnquoted(tail);
        out.append(tail);
        return out.toString();
    }

    private String unquotedPart(StringBuilder unquoted, boolean keepSpaces) {
        return keepSpaces ? unquoted.toString() : unquoted.toString().strip();
    }

    /** An unquoted value alone: keywords, constant expressions, or the raw text. */
    private static String wholeUnquoted(String v) {
        switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on", "yes" -> {
                return "1";
            }
            case "false", "off", "no", "none", "null" -> {
                return "";
            }
            default -> { }
        }
        Long expr = ConstantExpression.evaluate(v);
        return expr != null ? Long.toString(expr) : v;
    }

    private String doubleQuoted() throws SyntaxError {
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (!more()) {
                throw new SyntaxError("syntax error, unexpected end of file, expecting TC_DOLLAR_CURLY or TC_QUOTED_STRING or '\"'", line);
            }
            char c = peek();
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c == '\\' && pos + 1 < src.length()) {
                char n = src.charAt(pos + 1);
                if (n == '"' || n == '\\' || n == '$') {
                    sb.append(n);
                } else {
                    sb.append('\\').append(n);
                }
                pos += 2;
                continue;
            }
            if (c == '$' && pos + 1 < src.length() && src.charAt(pos + 1) == '{') {
                sb.append(dollarCurly());
                continue;
            }
            if (c == '\n') line++;
            sb.append(c);
            pos++;
        }
    }

    private String dollarCurly() throws SyntaxError {
        int close = src.indexOf('}', pos + 2);
        if (close < 0 || close > lineEnd()) throw new SyntaxError("syntax error, unexpected end of file", line);
        String name = src.substring(pos + 2, close);
        pos = close + 1;
        String v = variable == null ? null : variable.apply(name);
        return v == null ? "" : v;
    }

    /** The constant expressions of an unquoted ini value (zend_ini_parser.y's expr rule). */
    static final class ConstantExpression {
        private final String s;
        private int i;

        private ConstantExpression(String s) {
            this.s = s;
        }

        /** The value, or null when the text is not a constant expression (it is then a plain string). */
        static Long evaluate(String s) {
            if (s.isEmpty()) return null;
            boolean hasOperatorOrConstant = false;
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if ("|&^~!()".indexOf(c) >= 0) hasOperatorOrConstant = true;
                else if (!(Character.isLetterOrDigit(c) || c == '_' || blank(c))) return null;
            }
            if (s.startsWith("E_")) hasOperatorOrConstant = true;
            if (!hasOperatorOrConstant) return null;
            ConstantExpression e = new ConstantExpression(s);
            try {
                long v = e.or();
                e.ws();
                return e.i == s.length() ? v : null;
            } catch (IllegalArgumentException notConstant) {
                return null;
            }
        }

        private void ws() {
            while (i < s.length() && blank(s.charAt(i))) i++;
        }

        private boolean eat(char c) {
            ws();
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        private long or() {
            long v = xor();
            while (eat('|')) v |= xor();
            return v;
        }

        private long xor() {
            long v = and();
            while (eat('^')) v ^= and();
            return v;
        }

        private long and() {
            long v = unary();
            while (eat('&')) v &= unary();
            return v;
        }

        private long unary() {
            if (eat('~')) return ~unary();
            if (eat('!')) return unary() == 0 ? 1 : 0;
            if (eat('(')) {
                long v = or();
                if (!eat(')')) throw new IllegalArgumentException();
                return v;
            }
            ws();
            int start = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) i++;
            String word = s.substring(start, i);
            if (word.isEmpty()) throw new IllegalArgumentException();
            if (Character.isDigit(word.charAt(0))) return ZendAtol.atol(word);
            Long constant = errorConstant(word);
            if (constant == null) throw new IllegalArgumentException();
            return constant;
        }

        private static Long errorConstant(String name) {
            return switch (name) {
                case "E_ERROR" -> (long) ZendErrors.E_ERROR;
                case "E_WARNING" -> (long) ZendErrors.E_WARNING;
                case "E_PARSE" -> (long) ZendErrors.E_PARSE;
                case "E_NOTICE" -> (long) ZendErrors.E_NOTICE;
                case "E_CORE_ERROR" -> (long) ZendErrors.E_CORE_ERROR;
                case "E_CORE_WARNING" -> (long) ZendErrors.E_CORE_WARNING;
                case "E_COMPILE_ERROR" -> (long) ZendErrors.E_COMPILE_ERROR;
                case "E_COMPILE_WARNING" -> (long) ZendErrors.E_COMPILE_WARNING;
                case "E_USER_ERROR" -> (long) ZendErrors.E_USER_ERROR;
                case "E_USER_WARNING" -> (long) ZendErrors.E_USER_WARNING;
                case "E_USER_NOTICE" -> (long) ZendErrors.E_USER_NOTICE;
                case "E_STRICT" -> (long) ZendErrors.E_STRICT;
                case "E_RECOVERABLE_ERROR" -> (long) ZendErrors.E_RECOVERABLE_ERROR;
                case "E_DEPRECATED" -> (long) ZendErrors.E_DEPRECATED;
                case "E_USER_DEPRECATED" -> (long) ZendErrors.E_USER_DEPRECATED;
                case "E_ALL" -> (long) ZendErrors.E_ALL;
                default -> null;
            };
        }
    }
}
