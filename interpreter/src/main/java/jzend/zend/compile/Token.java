package jzend.zend.compile;

import java.nio.charset.StandardCharsets;

/**
 * One token as the scanner returns it: its kind, its source bytes (yytext), the line it starts on,
 * the line the scanner is on after it (CG(zend_lineno), what parse errors report), and its value
 * (zendlval): a {@code byte[]} for names and strings, a {@code Long} or {@code Double} for
 * numbers, null otherwise.
 */
public record Token(TokenKind kind, byte[] text, int line, int endLine, Object value) {

    /** The token's source text as ISO-8859-1, one char per byte (for tests and messages). */
    public String textAsString() {
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    /** The byte[] value of a name/string token. */
    public byte[] bytes() {
        return (byte[]) value;
    }

    /** How a parse error names this token as the unexpected one (zend_yytnamerr, unexpected case). */
    public String unexpectedDescription() {
        TokenKind k = kind;
        if (k == TokenKind.END) {
            return "end of file";
        }
        if (k == TokenKind.T_NS_SEPARATOR) {
            return "token \"\\\"";
        }
        if (k == TokenKind.T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG) {
            return "token \"&\"";
        }
        if (k == TokenKind.DOUBLE_QUOTE) {
            return "double-quote mark";
        }
        String type = k.bisonName;
        if (type.length() >= 2 && type.charAt(0) == '"') {
            type = type.substring(1, type.length() - 1);
        }
        if (type.charAt(0) == '\'') {
            return "token \"" + type.substring(1, type.length() - 1) + "\"";
        }
        int from = 0;
        int to = text.length;
        if (k == TokenKind.T_BAD_CHARACTER && to == 1) {
            return String.format("character 0x%02X", text[0] & 0xff);
        }
        for (int i = 0; i < to; i++) {
            if (text[i] == '\n') {
                to = i;
                break;
            }
        }
        if (to > 0 && k == TokenKind.T_CONSTANT_ENCAPSED_STRING) {
            if (text[0] == '"') {
                type = "double-quoted string";
            } else if (text[0] == '\'') {
                type = "single-quoted string";
            }
        }
        if (to > from && (text[from] == '\'' || text[from] == '"')) {
            from++;
        }
        if (to > from && (text[to - 1] == '\'' || text[to - 1] == '"')) {
            to--;
        }
        String content = new String(text, from, to - from, StandardCharsets.ISO_8859_1);
        if (content.length() > 33) {
            return type + " \"" + content.substring(0, 30) + "...\"";
        }
        return type + " \"" + content + "\"";
    }
}
