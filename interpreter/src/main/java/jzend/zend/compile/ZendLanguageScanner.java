package jzend.zend.compile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Port of zend_language_scanner.l: turns the script's bytes into tokens, with the same start
 * conditions (INITIAL, ST_IN_SCRIPTING, ST_DOUBLE_QUOTES, ST_HEREDOC, ...), line counting, string
 * unescaping, heredoc indentation removal, and (in parser mode) the bracket nesting checks that
 * produce "Unclosed '{'" / "Unmatched '}'". The source is bytes throughout: strings keep any byte.
 *
 * <p>{@link #next()} returns every token as token_get_all() would; {@link #nextForParser()} is
 * zendlex(): it skips whitespace, comments and open tags and turns {@code ?>} into ';' and
 * {@code <?=} into echo.
 */
public final class ZendLanguageScanner {

    /** The scanner's start conditions (YYSTATE). */
    private enum State {
        INITIAL, ST_IN_SCRIPTING, ST_DOUBLE_QUOTES, ST_BACKQUOTE, ST_HEREDOC, ST_NOWDOC, ST_END_HEREDOC,
        ST_LOOKING_FOR_PROPERTY, ST_LOOKING_FOR_VARNAME, ST_VAR_OFFSET, SHEBANG
    }

    /** zend_heredoc_label. */
    private static final class HeredocLabel {
        final byte[] label;
        int indentation;
        boolean indentationUsesSpaces;

        HeredocLabel(byte[] label) {
            this.label = label;
        }

        HeredocLabel copy() {
            HeredocLabel c = new HeredocLabel(label);
            c.indentation = indentation;
            c.indentationUsesSpaces = indentationUsesSpaces;
            return c;
        }
    }

    /** zend_nest_location: an open bracket and its line. */
    private record Nest(char text, int line) {}

    private static final int USING_SPACES = 1;
    private static final int USING_TABS = 2;

    private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();

    static {
        Object[][] kw = {
            {"exit", TokenKind.T_EXIT}, {"die", TokenKind.T_EXIT}, {"fn", TokenKind.T_FN},
            {"function", TokenKind.T_FUNCTION}, {"const", TokenKind.T_CONST}, {"return", TokenKind.T_RETURN},
            {"yield", TokenKind.T_YIELD}, {"try", TokenKind.T_TRY}, {"catch", TokenKind.T_CATCH},
            {"finally", TokenKind.T_FINALLY}, {"throw", TokenKind.T_THROW}, {"if", TokenKind.T_IF},
            {"elseif", TokenKind.T_ELSEIF}, {"endif", TokenKind.T_ENDIF}, {"else", TokenKind.T_ELSE},
            {"while", TokenKind.T_WHILE}, {"endwhile", TokenKind.T_ENDWHILE}, {"do", TokenKind.T_DO},
            {"for", TokenKind.T_FOR}, {"endfor", TokenKind.T_ENDFOR}, {"foreach", TokenKind.T_FOREACH},
            {"endforeach", TokenKind.T_ENDFOREACH}, {"declare", TokenKind.T_DECLARE},
            {"enddeclare", TokenKind.T_ENDDECLARE}, {"instanceof", TokenKind.T_INSTANCEOF},
            {"as", TokenKind.T_AS}, {"switch", TokenKind.T_SWITCH}, {"match", TokenKind.T_MATCH},
            {"endswitch", TokenKind.T_ENDSWITCH}, {"case", TokenKind.T_CASE}, {"default", TokenKind.T_DEFAULT},
            {"break", TokenKind.T_BREAK}, {"continue", TokenKind.T_CONTINUE}, {"goto", TokenKind.T_GOTO},
            {"echo", TokenKind.T_ECHO}, {"print", TokenKind.T_PRINT}, {"class", TokenKind.T_CLASS},
            {"interface", TokenKind.T_INTERFACE}, {"trait", TokenKind.T_TRAIT}, {"extends", TokenKind.T_EXTENDS},
            {"implements", TokenKind.T_IMPLEMENTS}, {"new", TokenKind.T_NEW}, {"clone", TokenKind.T_CLONE},
            {"var", TokenKind.T_VAR}, {"eval", TokenKind.T_EVAL}, {"include", TokenKind.T_INCLUDE},
            {"include_once", TokenKind.T_INCLUDE_ONCE}, {"require", TokenKind.T_REQUIRE},
            {"require_once", TokenKind.T_REQUIRE_ONCE}, {"namespace", TokenKind.T_NAMESPACE},
            {"use", TokenKind.T_USE}, {"insteadof", TokenKind.T_INSTEADOF}, {"global", TokenKind.T_GLOBAL},
            {"isset", TokenKind.T_ISSET}, {"empty", TokenKind.T_EMPTY},
            {"__halt_compiler", TokenKind.T_HALT_COMPILER}, {"static", TokenKind.T_STATIC},
            {"abstract", TokenKind.T_ABSTRACT}, {"final", TokenKind.T_FINAL}, {"private", TokenKind.T_PRIVATE},
            {"protected", TokenKind.T_PROTECTED}, {"public", TokenKind.T_PUBLIC},
            {"readonly", TokenKind.T_READONLY}, {"unset", TokenKind.T_UNSET}, {"list", TokenKind.T_LIST},
            {"array", TokenKind.T_ARRAY}, {"callable", TokenKind.T_CALLABLE}, {"__class__", TokenKind.T_CLASS_C},
            {"__trait__", TokenKind.T_TRAIT_C}, {"__function__", TokenKind.T_FUNC_C},
            {"__method__", TokenKind.T_METHOD_C}, {"__line__", TokenKind.T_LINE}, {"__file__", TokenKind.T_FILE},
            {"__dir__", TokenKind.T_DIR}, {"__namespace__", TokenKind.T_NS_C}, {"or", TokenKind.T_LOGICAL_OR},
            {"and", TokenKind.T_LOGICAL_AND}, {"xor", TokenKind.T_LOGICAL_XOR},
        };
        for (Object[] k : kw) {
            KEYWORDS.put((String) k[0], (TokenKind) k[1]);
        }
    }

    private final byte[] src;
    private final int limit;
    private final boolean shortTags;
    private boolean parserMode;
    private boolean heredocScanOnly;
    private int cursor;
    private int line = 1;
    private boolean incrementLineno;
    private State state;
    private final Deque<State> stateStack = new ArrayDeque<>();
    private final Deque<HeredocLabel> heredocLabels = new ArrayDeque<>();
    private final Deque<Nest> nesting = new ArrayDeque<>();
    private int doubleQuotesScannedLength;
    private int heredocIndentation;
    private boolean heredocIndentationUsesSpaces;
    private final List<CompileDiagnostic> diagnostics;

    /** Scanner options: short_open_tag (on under {@code php -n}) and the CLI's shebang skipping. */
    public record Options(boolean shortTags, boolean skipShebang) {
        /** What {@code php -n file.php} uses: short tags on, the shebang line skipped. */
        public static final Options CLI = new Options(true, true);
        /** Short tags on, no shebang skipping (include, eval-like use). */
        public static final Options DEFAULT = new Options(true, false);
    }

    public ZendLanguageScanner(byte[] source, Options options) {
        this(source, options, new ArrayList<>());
    }

    ZendLanguageScanner(byte[] source, Options options, List<CompileDiagnostic> diagnostics) {
        this.src = source;
        this.limit = source.length;
        this.shortTags = options.shortTags();
        this.diagnostics = diagnostics;
        this.state = options.skipShebang() && limit >= 2 && src[0] == '#' && src[1] == '!' ? State.SHEBANG : State.INITIAL;
    }

    /** A copy of this scanner's whole state for heredoc pre-scanning (zend_save_lexical_state). */
    private ZendLanguageScanner forkForHeredocScan() {
        ZendLanguageScanner f = new ZendLanguageScanner(src, new Options(shortTags, false), new ArrayList<>());
        f.cursor = cursor;
        f.line = line;
        f.state = state;
        f.stateStack.addAll(stateStack);
        for (HeredocLabel l : heredocLabels) {
            f.heredocLabels.addLast(l.copy());
        }
        f.heredocScanOnly = true;
        f.parserMode = false;
        return f;
    }

    /** Compile warnings raised while scanning so far. */
    public List<CompileDiagnostic> diagnostics() {
        return diagnostics;
    }

    /** The byte offset just past the last token (zend_get_scanned_file_offset()). */
    public long offset() {
        return cursor;
    }

    /** The line the scanner is on (CG(zend_lineno)). */
    public int line() {
        return line;
    }

    // ---------------------------------------------------------------- character classes

    private int at(int i) {
        return i < limit ? src[i] & 0xff : -1;
    }

    static boolean isLabelStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    static boolean isLabelSuccessor(int c) {
        return isLabelStart(c) || (c >= '0' && c <= '9');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** End of the LABEL starting at {@code i} (which must be a label start). */
    private int labelEnd(int i) {
        while (i < limit && isLabelSuccessor(src[i] & 0xff)) {
            i++;
        }
        return i;
    }

    private boolean matchesIgnoreCase(int i, String s) {
        if (i + s.length() > limit) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            int c = src[i + k] & 0xff;
            if (Character.toLowerCase(c) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int countNewlines(int from, int to) {
        int n = 0;
        for (int p = from; p < to; p++) {
            if (src[p] == '\n' || (src[p] == '\r' && at(p + 1) != '\n')) {
                n++;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- token construction

    private int tokenStart;
    private int tokenLine;

    private Token token(TokenKind kind, Object value) {
        byte[] text = java.util.Arrays.copyOfRange(src, tokenStart, cursor);
        return new Token(kind, text, tokenLine, line, value);
    }

    /** Token whose newlines are counted now (HANDLE_NEWLINES). */
    private Token tokenCountingNewlines(TokenKind kind, Object value) {
        line += countNewlines(tokenStart, cursor);
        return token(kind, value);
    }

    private byte[] slice(int from, int to) {
        return java.util.Arrays.copyOfRange(src, from, to);
    }

    private void pushState(State s) {
        stateStack.push(state);
        state = s;
    }

    private void popState() {
        state = stateStack.isEmpty() ? State.ST_IN_SCRIPTING : stateStack.pop();
    }

    private void enterNesting(char c) {
        nesting.push(new Nest(c, line));
    }

    /** exit_nesting(): a closing bracket must match the innermost open one. */
    private void exitNesting(char closing) {
        if (!parserMode) {
            return;
        }
        if (nesting.isEmpty()) {
            throw ParseError.parse("Unmatched '" + closing + "'", line);
        }
        Nest top = nesting.peek();
        char opening = top.text();
        if ((opening == '{' && closing != '}') || (opening == '[' && closing != ']') || (opening == '(' && closing != ')')) {
            throw badNesting(opening, top.line(), closing);
        }
        nesting.pop();
    }

    private ParseError badNesting(char opening, int openingLine, char closing) {
        StringBuilder sb = new StringBuilder("Unclosed '").append(opening).append('\'');
        if (line != openingLine) {
            sb.append(" on line ").append(openingLine);
        }
        if (closing != 0) {
            sb.append(" does not match '").append(closing).append('\'');
        }
        return ParseError.parse(sb.toString(), line);
    }

    private Token endToken() {
        cursor = limit;
        if (parserMode && !nesting.isEmpty()) {
            Nest top = nesting.peek();
            throw badNesting(top.text(), top.line(), (char) 0);
        }
        return token(TokenKind.END, null);
    }

    // ---------------------------------------------------------------- entry points

    /** zendlex(): the next token the parser sees (whitespace, comments, open tags skipped). */
    public Token nextForParser() {
        parserMode = true;
        while (true) {
            Token t = next();
            switch (t.kind()) {
                case T_WHITESPACE, T_COMMENT, T_DOC_COMMENT, T_OPEN_TAG:
                    continue;
                case T_CLOSE_TAG:
                    return new Token(TokenKind.SEMICOLON, t.text(), t.line(), t.endLine(), null);
                case T_OPEN_TAG_WITH_ECHO:
                    return new Token(TokenKind.T_ECHO, t.text(), t.line(), t.endLine(), null);
                default:
                    return t;
            }
        }
    }

    /** Puts the scanner in parser mode (nesting checks, escape errors) without reading a token. */
    void setParserMode(boolean on) {
        parserMode = on;
    }

    /** lex_scan(): the next token of any kind, END at the end of the input. */
    public Token next() {
        if (incrementLineno) {
            line++;
            incrementLineno = false;
        }
        while (true) {
            tokenStart = cursor;
            tokenLine = line;
            Token t = switch (state) {
                case SHEBANG -> shebang();
                case INITIAL -> initial();
                case ST_IN_SCRIPTING -> inScripting();
                case ST_LOOKING_FOR_PROPERTY -> lookingForProperty();
                case ST_LOOKING_FOR_VARNAME -> lookingForVarname();
                case ST_DOUBLE_QUOTES -> quotedBody('"', State.ST_DOUBLE_QUOTES);
                case ST_BACKQUOTE -> quotedBody('`', State.ST_BACKQUOTE);
                case ST_HEREDOC -> heredocBody();
                case ST_NOWDOC -> nowdocBody();
                case ST_END_HEREDOC -> endHeredoc();
                case ST_VAR_OFFSET -> varOffset();
            };
            if (t != null) {
                return t;
            }
        }
    }

    // ---------------------------------------------------------------- states

    /** {@code <SHEBANG>"#!" .* {NEWLINE}}: the CLI's shebang line, skipped. */
    private Token shebang() {
        state = State.INITIAL;
        while (cursor < limit && src[cursor] != '\n' && src[cursor] != '\r') {
            cursor++;
        }
        if (cursor < limit) {
            cursor += (src[cursor] == '\r' && at(cursor + 1) == '\n') ? 2 : 1;
            line++;
        }
        return null;
    }

    /** {@code <INITIAL>}: inline HTML up to an open tag. */
    private Token initial() {
        if (cursor >= limit) {
            return endToken();
        }
        if (src[cursor] == '<' && at(cursor + 1) == '?') {
            if (at(cursor + 2) == '=') {
                cursor += 3;
                state = State.ST_IN_SCRIPTING;
                return token(TokenKind.T_OPEN_TAG_WITH_ECHO, null);
            }
            if (matchesIgnoreCase(cursor + 2, "php")) {
                int c = at(cursor + 5);
                if (c == ' ' || c == '\t' || c == '\n') {
                    cursor += 6;
                    line += c == '\n' ? 1 : 0;
                    state = State.ST_IN_SCRIPTING;
                    return token(TokenKind.T_OPEN_TAG, null);
                }
                if (c == '\r') {
                    cursor += at(cursor + 6) == '\n' ? 7 : 6;
                    line++;
                    state = State.ST_IN_SCRIPTING;
                    return token(TokenKind.T_OPEN_TAG, null);
                }
                if (c == -1) {
                    cursor += 5;
                    state = State.ST_IN_SCRIPTING;
                    return token(TokenKind.T_OPEN_TAG, null);
                }
            }
            if (shortTags) {
                cursor += 2;
                state = State.ST_IN_SCRIPTING;
                return token(TokenKind.T_OPEN_TAG, null);
            }
        }
        // inline_char_handler
        cursor++;
        while (true) {
            int lt = cursor;
            while (lt < limit && src[lt] != '<') {
                lt++;
            }
            cursor = lt < limit ? lt + 1 : limit;
            if (cursor >= limit) {
                break;
            }
            if (src[cursor] == '?') {
                if (shortTags || matchesIgnoreCase(cursor + 1, "php") || at(cursor + 1) == '=') {
                    cursor--;
                    break;
                }
            }
        }
        return tokenCountingNewlines(TokenKind.T_INLINE_HTML, slice(tokenStart, cursor));
    }

    /** {@code <ST_LOOKING_FOR_PROPERTY>}: after '->' a property name. */
    private Token lookingForProperty() {
        int c = at(cursor);
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            while (cursor < limit && (src[cursor] == ' ' || src[cursor] == '\n' || src[cursor] == '\r' || src[cursor] == '\t')) {
                cursor++;
            }
            return tokenCountingNewlines(TokenKind.T_WHITESPACE, null);
        }
        if (c == '-' && at(cursor + 1) == '>') {
            cursor += 2;
            return token(TokenKind.T_OBJECT_OPERATOR, null);
        }
        if (c == '?' && at(cursor + 1) == '-' && at(cursor + 2) == '>') {
            cursor += 3;
            return token(TokenKind.T_NULLSAFE_OBJECT_OPERATOR, null);
        }
        if (c != -1 && isLabelStart(c)) {
            cursor = labelEnd(cursor);
            popState();
            return token(TokenKind.T_STRING, slice(tokenStart, cursor));
        }
        popState();
        return null;
    }

    /** {@code <ST_LOOKING_FOR_VARNAME>}: after "${" a plain name followed by '[' or '}'. */
    private Token lookingForVarname() {
        int c = at(cursor);
        if (c != -1 && isLabelStart(c)) {
            int end = labelEnd(cursor);
            int next = at(end);
            if (next == '[' || next == '}') {
                cursor = end;
                popState();
                pushState(State.ST_IN_SCRIPTING);
                return token(TokenKind.T_STRING_VARNAME, slice(tokenStart, cursor));
            }
        }
        popState();
        pushState(State.ST_IN_SCRIPTING);
        return null;
    }

    /** {@code <ST_VAR_OFFSET>}: inside "$a[...]" in a string. */
    private Token varOffset() {
        if (cursor >= limit) {
            return endToken();
        }
        int c = src[cursor] & 0xff;
        if (isDigit(c)) {
            int end = cursor;
            int radix = 10;
            int digitsFrom = cursor;
            if (c == '0' && (at(cursor + 1) | 0x20) == 'x' && EscapeSequences.isHex(at(cursor + 2))) {
                radix = 16;
            } else if (c == '0' && (at(cursor + 1) | 0x20) == 'b' && (at(cursor + 2) == '0' || at(cursor + 2) == '1')) {
                radix = 2;
            } else if (c == '0' && (at(cursor + 1) | 0x20) == 'o' && EscapeSequences.isOct(at(cursor + 2))) {
                radix = 8;
            }
            end = radix == 10 ? cursor : cursor + 2;
            digitsFrom = end;
            end = numberDigitsEnd(end, radix);
            cursor = end;
            byte[] text = slice(tokenStart, cursor);
            boolean plainDecimal = radix == 10 && (text.length == 1 || c != '0') && !contains(text, '_');
            if (plainDecimal) {
                try {
                    return token(TokenKind.T_NUM_STRING, Long.parseLong(NumericLiterals.ascii(src, digitsFrom, end)));
                } catch (NumberFormatException tooLong) {
                    // kept as a string
                }
            }
            return token(TokenKind.T_NUM_STRING, text);
        }
        if (c == '$' && isLabelStart(at(cursor + 1))) {
            cursor = labelEnd(cursor + 1);
            return token(TokenKind.T_VARIABLE, slice(tokenStart + 1, cursor));
        }
        if (c == ']') {
            cursor++;
            popState();
            return token(TokenKind.RBRACKET, null);
        }
        if (isLabelStart(c)) {
            cursor = labelEnd(cursor);
            return token(TokenKind.T_STRING, slice(tokenStart, cursor));
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\\' || c == '\'' || c == '#') {
            popState();
            return token(TokenKind.T_ENCAPSED_AND_WHITESPACE, new byte[0]);
        }
        TokenKind k = TokenKind.ofChar(c);
        cursor++;
        if (k != null) {
            return token(k, null);
        }
        return token(TokenKind.T_BAD_CHARACTER, null);
    }

    private static boolean contains(byte[] a, int b) {
        for (byte x : a) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }

    /** End of a digit run in {@code radix} with single '_' separators between digits. */
    private int numberDigitsEnd(int i, int radix) {
        while (i < limit && Character.digit(src[i], radix) >= 0 && src[i] < 0x80) {
            i++;
            if (at(i) == '_' && i + 1 < limit && Character.digit(src[i + 1], radix) >= 0 && src[i + 1] < 0x80) {
                i++;
            }
        }
        return i;
    }

    /** {@code <ST_IN_SCRIPTING>}: PHP code. */
    private Token inScripting() {
        if (cursor >= limit) {
            return endToken();
        }
        int c = src[cursor] & 0xff;
        int c1 = at(cursor + 1);
        int c2 = at(cursor + 2);
        switch (c) {
            case ' ', '\t', '\n', '\r' -> {
                while (cursor < limit && (src[cursor] == ' ' || src[cursor] == '\t' || src[cursor] == '\n' || src[cursor] == '\r')) {
                    cursor++;
                }
                return tokenCountingNewlines(TokenKind.T_WHITESPACE, null);
            }
            case '$' -> {
                if (isLabelStart(c1)) {
                    cursor = labelEnd(cursor + 1);
                    return token(TokenKind.T_VARIABLE, slice(tokenStart + 1, cursor));
                }
                cursor++;
                return token(TokenKind.DOLLAR, null);
            }
            case '#' -> {
                if (c1 == '[') {
                    cursor += 2;
                    enterNesting('[');
                    return token(TokenKind.T_ATTRIBUTE, null);
                }
                return lineComment();
            }
            case '/' -> {
                if (c1 == '/') {
                    return lineComment();
                }
                if (c1 == '*') {
                    return blockComment();
                }
                return operator(c, c1, c2);
            }
            case '?' -> {
                if (c1 == '>') {
                    cursor += 2;
                    if (at(cursor) == '\n') {
                        cursor++;
                        incrementLineno = true;
                    } else if (at(cursor) == '\r') {
                        cursor += at(cursor + 1) == '\n' ? 2 : 1;
                        incrementLineno = true;
                    }
                    state = State.INITIAL;
                    return token(TokenKind.T_CLOSE_TAG, null);
                }
                return operator(c, c1, c2);
            }
            case '\'' -> {
                return singleQuoted(cursor + 1);
            }
            case '"' -> {
                return doubleQuoted(cursor + 1);
            }
            case '`' -> {
                cursor++;
                state = State.ST_BACKQUOTE;
                return token(TokenKind.BACKQUOTE, null);
            }
            case '{' -> {
                cursor++;
                pushState(State.ST_IN_SCRIPTING);
                enterNesting('{');
                return token(TokenKind.LBRACE, null);
            }
            case '}' -> {
                cursor++;
                if (!stateStack.isEmpty()) {
                    popState();
                }
                exitNesting('}');
                return token(TokenKind.RBRACE, null);
            }
            case '[' -> {
                cursor++;
                enterNesting('[');
                return token(TokenKind.LBRACKET, null);
            }
            case ']', ')' -> {
                cursor++;
                exitNesting((char) c);
                return token(c == ']' ? TokenKind.RBRACKET : TokenKind.RPAREN, null);
            }
            case '(' -> {
                Token cast = cast();
                if (cast != null) {
                    return cast;
                }
                cursor++;
                enterNesting('(');
                return token(TokenKind.LPAREN, null);
            }
            case '\\' -> {
                if (isLabelStart(c1)) {
                    cursor = qualifiedNameEnd(cursor + 1);
                    return token(TokenKind.T_NAME_FULLY_QUALIFIED, slice(tokenStart + 1, cursor));
                }
                cursor++;
                return token(TokenKind.T_NS_SEPARATOR, null);
            }
            case 'b', 'B' -> {
                if (c1 == '\'') {
                    return singleQuoted(cursor + 2);
                }
                if (c1 == '"') {
                    return doubleQuoted(cursor + 2);
                }
                if (c1 == '<' && c2 == '<' && at(cursor + 3) == '<') {
                    Token h = heredocStart(cursor + 1);
                    if (h != null) {
                        return h;
                    }
                }
                return label();
            }
            case '<' -> {
                if (c1 == '<' && c2 == '<') {
                    Token h = heredocStart(cursor);
                    if (h != null) {
                        return h;
                    }
                }
                return operator(c, c1, c2);
            }
            default -> {
                if (isDigit(c) || (c == '.' && isDigit(c1))) {
                    return number();
                }
                if (isLabelStart(c)) {
                    return label();
                }
                return operator(c, c1, c2);
            }
        }
    }

    /** End of {@code LABEL("\\"LABEL)*} starting at the label start {@code i}. */
    private int qualifiedNameEnd(int i) {
        i = labelEnd(i);
        while (at(i) == '\\' && isLabelStart(at(i + 1))) {
            i = labelEnd(i + 1);
        }
        return i;
    }

    /** A LABEL: keyword, identifier, or qualified name. */
    private Token label() {
        int end = labelEnd(cursor);
        String word = new String(src, cursor, end - cursor, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (at(end) == '\\' && isLabelStart(at(end + 1))) {
            cursor = qualifiedNameEnd(cursor);
            if (word.equals("namespace")) {
                return token(TokenKind.T_NAME_RELATIVE, slice(tokenStart + 10, cursor));
            }
            return token(TokenKind.T_NAME_QUALIFIED, slice(tokenStart, cursor));
        }
        TokenKind kw = KEYWORDS.get(word);
        if (kw == TokenKind.T_YIELD) {
            int p = end;
            while (p < limit && (src[p] == ' ' || src[p] == '\t' || src[p] == '\n' || src[p] == '\r')) {
                p++;
            }
            if (p > end && matchesIgnoreCase(p, "from") && !isLabelSuccessor(at(p + 4))) {
                cursor = p + 4;
                return tokenCountingNewlines(TokenKind.T_YIELD_FROM, null);
            }
        }
        if (word.equals("enum")) {
            int p = end;
            while (p < limit && (src[p] == ' ' || src[p] == '\t' || src[p] == '\n' || src[p] == '\r')) {
                p++;
            }
            boolean followedByName = p > end && isLabelStart(at(p))
                    && !((matchesIgnoreCase(p, "extends") && !isLabelSuccessor(at(p + 7)))
                    || (matchesIgnoreCase(p, "implements") && !isLabelSuccessor(at(p + 10))));
            cursor = end;
            return token(followedByName ? TokenKind.T_ENUM : TokenKind.T_STRING, slice(tokenStart, cursor));
        }
        if (kw == TokenKind.T_READONLY) {
            int p = end;
            while (p < limit && (src[p] == ' ' || src[p] == '\t' || src[p] == '\n' || src[p] == '\r')) {
                p++;
            }
            if (at(p) == '(') {
                kw = null;
            }
        }
        cursor = end;
        if (kw != null) {
            return token(kw, slice(tokenStart, cursor));
        }
        return token(TokenKind.T_STRING, slice(tokenStart, cursor));
    }

    /** {@code "("{TABS_AND_SPACES}type{TABS_AND_SPACES}")"}: a cast token, or null. */
    private Token cast() {
        int p = cursor + 1;
        while (at(p) == ' ' || at(p) == '\t') {
            p++;
        }
        int wordStart = p;
        while (p < limit && ((src[p] | 0x20) >= 'a' && (src[p] | 0x20) <= 'z')) {
            p++;
        }
        String word = new String(src, wordStart, p - wordStart, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        while (at(p) == ' ' || at(p) == '\t') {
            p++;
        }
        if (at(p) != ')') {
            return null;
        }
        TokenKind k = switch (word) {
            case "int", "integer" -> TokenKind.T_INT_CAST;
            case "float", "double" -> TokenKind.T_DOUBLE_CAST;
            case "string", "binary" -> TokenKind.T_STRING_CAST;
            case "array" -> TokenKind.T_ARRAY_CAST;
            case "object" -> TokenKind.T_OBJECT_CAST;
            case "bool", "boolean" -> TokenKind.T_BOOL_CAST;
            case "unset" -> TokenKind.T_UNSET_CAST;
            case "real" -> {
                if (parserMode) {
                    throw ParseError.parse("The (real) cast has been removed, use (float) instead", line);
                }
                yield TokenKind.T_DOUBLE_CAST;
            }
            default -> null;
        };
        if (k == null) {
            return null;
        }
        cursor = p + 1;
        return token(k, null);
    }

    /** Operators and punctuation; anything else is T_BAD_CHARACTER. */
    private Token operator(int c, int c1, int c2) {
        TokenKind k = null;
        int len = 1;
        switch (c) {
            case '=' -> {
                if (c1 == '=' && c2 == '=') { k = TokenKind.T_IS_IDENTICAL; len = 3; }
                else if (c1 == '=') { k = TokenKind.T_IS_EQUAL; len = 2; }
                else if (c1 == '>') { k = TokenKind.T_DOUBLE_ARROW; len = 2; }
            }
            case '!' -> {
                if (c1 == '=' && c2 == '=') { k = TokenKind.T_IS_NOT_IDENTICAL; len = 3; }
                else if (c1 == '=') { k = TokenKind.T_IS_NOT_EQUAL; len = 2; }
            }
            case '<' -> {
                if (c1 == '=' && c2 == '>') { k = TokenKind.T_SPACESHIP; len = 3; }
                else if (c1 == '<' && c2 == '=') { k = TokenKind.T_SL_EQUAL; len = 3; }
                else if (c1 == '<') { k = TokenKind.T_SL; len = 2; }
                else if (c1 == '=') { k = TokenKind.T_IS_SMALLER_OR_EQUAL; len = 2; }
                else if (c1 == '>') { k = TokenKind.T_IS_NOT_EQUAL; len = 2; }
            }
            case '>' -> {
                if (c1 == '>' && c2 == '=') { k = TokenKind.T_SR_EQUAL; len = 3; }
                else if (c1 == '>') { k = TokenKind.T_SR; len = 2; }
                else if (c1 == '=') { k = TokenKind.T_IS_GREATER_OR_EQUAL; len = 2; }
            }
            case '+' -> {
                if (c1 == '+') { k = TokenKind.T_INC; len = 2; }
                else if (c1 == '=') { k = TokenKind.T_PLUS_EQUAL; len = 2; }
            }
            case '-' -> {
                if (c1 == '-') { k = TokenKind.T_DEC; len = 2; }
                else if (c1 == '=') { k = TokenKind.T_MINUS_EQUAL; len = 2; }
                else if (c1 == '>') {
                    cursor += 2;
                    pushState(State.ST_LOOKING_FOR_PROPERTY);
                    return token(TokenKind.T_OBJECT_OPERATOR, null);
                }
            }
            case '*' -> {
                if (c1 == '*' && c2 == '=') { k = TokenKind.T_POW_EQUAL; len = 3; }
                else if (c1 == '*') { k = TokenKind.T_POW; len = 2; }
                else if (c1 == '=') { k = TokenKind.T_MUL_EQUAL; len = 2; }
            }
            case '/' -> {
                if (c1 == '=') { k = TokenKind.T_DIV_EQUAL; len = 2; }
            }
            case '.' -> {
                if (c1 == '.' && c2 == '.') { k = TokenKind.T_ELLIPSIS; len = 3; }
                else if (c1 == '=') { k = TokenKind.T_CONCAT_EQUAL; len = 2; }
            }
            case '%' -> {
                if (c1 == '=') { k = TokenKind.T_MOD_EQUAL; len = 2; }
            }
            case '&' -> {
                if (c1 == '&') { k = TokenKind.T_BOOLEAN_AND; len = 2; }
                else if (c1 == '=') { k = TokenKind.T_AND_EQUAL; len = 2; }
                else {
                    int p = cursor + 1;
                    while (at(p) == ' ' || at(p) == '\t' || at(p) == '\n' || at(p) == '\r') {
                        p++;
                    }
                    boolean varOrVararg = at(p) == '$' || (at(p) == '.' && at(p + 1) == '.' && at(p + 2) == '.');
                    k = varOrVararg ? TokenKind.T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG
                            : TokenKind.T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG;
                }
            }
            case '|' -> {
                if (c1 == '|') { k = TokenKind.T_BOOLEAN_OR; len = 2; }
                else if (c1 == '=') { k = TokenKind.T_OR_EQUAL; len = 2; }
            }
            case '^' -> {
                if (c1 == '=') { k = TokenKind.T_XOR_EQUAL; len = 2; }
            }
            case '?' -> {
                if (c1 == '?' && c2 == '=') { k = TokenKind.T_COALESCE_EQUAL; len = 3; }
                else if (c1 == '?') { k = TokenKind.T_COALESCE; len = 2; }
                else if (c1 == '-' && c2 == '>') {
                    cursor += 3;
                    pushState(State.ST_LOOKING_FOR_PROPERTY);
                    return token(TokenKind.T_NULLSAFE_OBJECT_OPERATOR, null);
                }
            }
            case ':' -> {
                if (c1 == ':') { k = TokenKind.T_PAAMAYIM_NEKUDOTAYIM; len = 2; }
            }
            default -> { }
        }
        if (k == null) {
            k = TokenKind.ofChar(c);
            len = 1;
            if (k == null || c == '[' || c == ']' || c == '(' || c == ')' || c == '{' || c == '}' || c == '"' || c == '`') {
                cursor++;
                return token(TokenKind.T_BAD_CHARACTER, null);
            }
        }
        cursor += len;
        return token(k, null);
    }

    /** {@code "#"|"//"} comments: up to the end of line or a "?>". */
    private Token lineComment() {
        cursor += src[cursor] == '#' ? 1 : 2;
        while (cursor < limit) {
            int c = src[cursor];
            if (c == '\r' || c == '\n') {
                break;
            }
            if (c == '?' && at(cursor + 1) == '>') {
                break;
            }
            cursor++;
        }
        return token(TokenKind.T_COMMENT, null);
    }

    /** {@code "/*"} and doc comments, with "Unterminated comment starting line N". */
    private Token blockComment() {
        int c2 = at(cursor + 2);
        boolean doc = c2 == '*' && (at(cursor + 3) == ' ' || at(cursor + 3) == '\t' || at(cursor + 3) == '\n' || at(cursor + 3) == '\r');
        cursor += doc ? 3 : 2;
        while (cursor < limit) {
            if (src[cursor++] == '*' && at(cursor) == '/') {
                break;
            }
        }
        if (cursor < limit) {
            cursor++;
        } else {
            throw ParseError.parse("Unterminated comment starting line " + line, line);
        }
        return tokenCountingNewlines(doc ? TokenKind.T_DOC_COMMENT : TokenKind.T_COMMENT, null);
    }

    /** {@code b?[']}: a single-quoted string; {@code body} is just past the quote. */
    private Token singleQuoted(int body) {
        int p = body;
        while (true) {
            if (p < limit) {
                if (src[p] == '\'') {
                    p++;
                    break;
                } else if (src[p++] == '\\' && p < limit) {
                    p++;
                }
            } else {
                cursor = limit;
                return tokenCountingNewlines(TokenKind.T_ENCAPSED_AND_WHITESPACE, null);
            }
        }
        cursor = p;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(p - body);
        for (int i = body; i < p - 1; i++) {
            if (src[i] == '\\' && i + 1 < p - 1 && (src[i + 1] == '\\' || src[i + 1] == '\'')) {
                i++;
            }
            out.write(src[i]);
        }
        return tokenCountingNewlines(TokenKind.T_CONSTANT_ENCAPSED_STRING, out.toByteArray());
    }

    /** {@code b?["]}: a whole constant string, or the '"' that starts an interpolated one. */
    private Token doubleQuoted(int body) {
        int p = body;
        boolean interpolated = false;
        while (p < limit) {
            int c = src[p++] & 0xff;
            if (c == '"') {
                cursor = p;
                byte[] value = EscapeSequences.unescape(src, body, p - 1, '"', line, heredocScanOnly, this::warn);
                return tokenCountingNewlines(TokenKind.T_CONSTANT_ENCAPSED_STRING, value);
            } else if (c == '$') {
                if (isLabelStart(at(p)) || at(p) == '{') {
                    interpolated = true;
                    p--;
                    break;
                }
            } else if (c == '{') {
                if (at(p) == '$') {
                    interpolated = true;
                    p--;
                    break;
                }
            } else if (c == '\\') {
                if (p < limit) {
                    p++;
                }
            }
        }
        doubleQuotesScannedLength = interpolated ? p - body : 0;
        cursor = body;
        state = State.ST_DOUBLE_QUOTES;
        return token(TokenKind.DOUBLE_QUOTE, null);
    }

    private void warn(String message, int atLine) {
        if (!heredocScanOnly) {
            diagnostics.add(new CompileDiagnostic(CompileDiagnostic.Level.WARNING, message, atLine));
        }
    }

    /**
     * The rules shared by ST_DOUBLE_QUOTES, ST_BACKQUOTE and ST_HEREDOC at an interpolation
     * start: "$name", "$name[", "$name->x", "${" and "{$". Null when none applies.
     */
    private Token interpolationStart() {
        int c = at(cursor);
        int c1 = at(cursor + 1);
        if (c == '$' && isLabelStart(c1)) {
            int end = labelEnd(cursor + 1);
            cursor = end;
            Token t = token(TokenKind.T_VARIABLE, slice(tokenStart + 1, end));
            if (at(end) == '[') {
                pushState(State.ST_VAR_OFFSET);
            } else if (at(end) == '-' && at(end + 1) == '>' && isLabelStart(at(end + 2))) {
                pushState(State.ST_LOOKING_FOR_PROPERTY);
            } else if (at(end) == '?' && at(end + 1) == '-' && at(end + 2) == '>' && isLabelStart(at(end + 3))) {
                pushState(State.ST_LOOKING_FOR_PROPERTY);
            }
            return t;
        }
        if (c == '$' && c1 == '{') {
            cursor += 2;
            pushState(State.ST_LOOKING_FOR_VARNAME);
            enterNesting('{');
            return token(TokenKind.T_DOLLAR_OPEN_CURLY_BRACES, null);
        }
        if (c == '{' && c1 == '$') {
            cursor += 1;
            pushState(State.ST_IN_SCRIPTING);
            enterNesting('{');
            return token(TokenKind.T_CURLY_OPEN, null);
        }
        return null;
    }

    /** {@code <ST_DOUBLE_QUOTES>} and {@code <ST_BACKQUOTE>}: literal parts and the closing quote. */
    private Token quotedBody(int quote, State self) {
        if (cursor >= limit) {
            return endToken();
        }
        Token interp = interpolationStart();
        if (interp != null) {
            return interp;
        }
        if (src[cursor] == quote) {
            cursor++;
            state = State.ST_IN_SCRIPTING;
            return token(quote == '"' ? TokenKind.DOUBLE_QUOTE : TokenKind.BACKQUOTE, null);
        }
        if (self == State.ST_DOUBLE_QUOTES && doubleQuotesScannedLength > 0) {
            cursor += doubleQuotesScannedLength;
            doubleQuotesScannedLength = 0;
        } else {
            if (src[cursor] == '\\' && cursor + 1 < limit) {
                cursor++;
            }
            cursor++;
            while (cursor < limit) {
                int c = src[cursor++] & 0xff;
                if (c == quote) {
                    cursor--;
                    break;
                } else if (c == '$') {
                    if (isLabelStart(at(cursor)) || at(cursor) == '{') {
                        cursor--;
                        break;
                    }
                } else if (c == '{') {
                    if (at(cursor) == '$') {
                        cursor--;
                        break;
                    }
                } else if (c == '\\') {
                    if (cursor < limit) {
                        cursor++;
                    }
                }
            }
        }
        byte[] value = EscapeSequences.unescape(src, tokenStart, cursor, quote, line, heredocScanOnly, this::warn);
        return tokenCountingNewlines(TokenKind.T_ENCAPSED_AND_WHITESPACE, value);
    }

    /**
     * {@code b?"<<<"{TABS_AND_SPACES}(LABEL|'LABEL'|"LABEL"){NEWLINE}}: a heredoc/nowdoc start,
     * or null when the text does not have that form. {@code at} points at the first '<'.
     */
    private Token heredocStart(int lt) {
        int p = lt + 3;
        while (at(p) == ' ' || at(p) == '\t') {
            p++;
        }
        int quote = at(p);
        boolean nowdoc = quote == '\'';
        if (quote == '\'' || quote == '"') {
            p++;
        } else {
            quote = 0;
        }
        if (!isLabelStart(at(p))) {
            return null;
        }
        int labelStart = p;
        p = labelEnd(p);
        int labelEnd = p;
        if (quote != 0) {
            if (at(p) != quote) {
                return null;
            }
            p++;
        }
        if (at(p) == '\r') {
            p += at(p + 1) == '\n' ? 2 : 1;
        } else if (at(p) == '\n') {
            p++;
        } else {
            return null;
        }
        cursor = p;
        line++;
        HeredocLabel label = new HeredocLabel(slice(labelStart, labelEnd));
        heredocLabels.push(label);
        state = nowdoc ? State.ST_NOWDOC : State.ST_HEREDOC;

        int saved = cursor;
        int indentation = 0;
        int spacing = 0;
        while (cursor < limit && (src[cursor] == ' ' || src[cursor] == '\t')) {
            spacing |= src[cursor] == '\t' ? USING_TABS : USING_SPACES;
            cursor++;
            indentation++;
        }
        if (cursor == limit) {
            cursor = saved;
            return token(TokenKind.T_START_HEREDOC, null);
        }
        if (startsWithLabel(cursor, label.label) && !isLabelSuccessor(at(cursor + label.label.length))) {
            if (spacing == (USING_SPACES | USING_TABS)) {
                throw ParseError.parse("Invalid indentation - tabs and spaces cannot be mixed", line);
            }
            cursor = saved;
            label.indentation = indentation;
            heredocIndentation = indentation;
            state = State.ST_END_HEREDOC;
            Token t = token(TokenKind.T_START_HEREDOC, null);
            return t;
        }
        cursor = saved;
        Token t = token(TokenKind.T_START_HEREDOC, null);
        if (!nowdoc && !heredocScanOnly) {
            preScanHeredoc(label);
        }
        return t;
    }

    private boolean startsWithLabel(int p, byte[] label) {
        if (label.length >= limit - p) {
            return false;
        }
        for (int i = 0; i < label.length; i++) {
            if (src[p + i] != label[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The look-ahead scan T_START_HEREDOC does in parser mode to learn the closing marker's
     * indentation before the body's first part is returned.
     */
    private void preScanHeredoc(HeredocLabel label) {
        ZendLanguageScanner f = forkForHeredocScan();
        f.heredocIndentation = 0;
        f.heredocIndentationUsesSpaces = false;
        int nestingLevel = 1;
        TokenKind first = null;
        try {
            while (nestingLevel > 0) {
                Token t = f.next();
                if (first == null) {
                    first = t.kind();
                }
                switch (t.kind()) {
                    case T_START_HEREDOC -> nestingLevel++;
                    case T_END_HEREDOC -> nestingLevel--;
                    case END -> nestingLevel = 0;
                    default -> { }
                }
            }
        } catch (ParseError ignored) {
            // errors are reported when the body is scanned for real
        }
        if ((first == TokenKind.T_VARIABLE || first == TokenKind.T_DOLLAR_OPEN_CURLY_BRACES || first == TokenKind.T_CURLY_OPEN)
                && f.heredocIndentation != 0) {
            throw ParseError.parse("Invalid body indentation level (expecting an indentation level of at least "
                    + f.heredocIndentation + ")", line);
        }
        label.indentation = f.heredocIndentation;
        label.indentationUsesSpaces = f.heredocIndentationUsesSpaces;
    }

    /** {@code <ST_END_HEREDOC>}: the closing marker (with its indentation). */
    private Token endHeredoc() {
        HeredocLabel label = heredocLabels.pop();
        cursor += label.indentation + label.label.length;
        state = State.ST_IN_SCRIPTING;
        return token(TokenKind.T_END_HEREDOC, null);
    }

    /** {@code <ST_HEREDOC>}: literal parts of a heredoc body. */
    private Token heredocBody() {
        if (cursor >= limit) {
            return endToken();
        }
        Token interp = interpolationStart();
        if (interp != null) {
            return interp;
        }
        HeredocLabel label = heredocLabels.peek();
        int newline = 0;
        boolean reachedEnd = false;
        loop:
        while (cursor < limit) {
            int c = src[cursor++] & 0xff;
            switch (c) {
                case '\r', '\n' -> {
                    if (c == '\r' && at(cursor) == '\n') {
                        cursor++;
                    }
                    int indentation = 0;
                    int spacing = 0;
                    while (cursor < limit && (src[cursor] == ' ' || src[cursor] == '\t')) {
                        spacing |= src[cursor] == '\t' ? USING_TABS : USING_SPACES;
                        cursor++;
                        indentation++;
                    }
                    if (cursor == limit) {
                        reachedEnd = true;
                        break loop;
                    }
                    if (isLabelStart(src[cursor] & 0xff) && startsWithLabel(cursor, label.label)) {
                        if (isLabelSuccessor(at(cursor + label.label.length))) {
                            continue;
                        }
                        if (spacing == (USING_SPACES | USING_TABS)) {
                            throw ParseError.parse("Invalid indentation - tabs and spaces cannot be mixed", line);
                        }
                        int nl = cursor - indentation;
                        newline = (nl - 2 >= 0 && src[nl - 2] == '\r' && src[nl - 1] == '\n') ? 2 : 1;
                        incrementLineno = true;
                        if (heredocScanOnly) {
                            heredocIndentation = indentation;
                            heredocIndentationUsesSpaces = spacing == USING_SPACES;
                        }
                        cursor -= indentation;
                        label.indentation = indentation;
                        state = State.ST_END_HEREDOC;
                        break loop;
                    }
                }
                case '$' -> {
                    if (isLabelStart(at(cursor)) || at(cursor) == '{') {
                        cursor--;
                        break loop;
                    }
                }
                case '{' -> {
                    if (at(cursor) == '$') {
                        cursor--;
                        break loop;
                    }
                }
                case '\\' -> {
                    if (cursor < limit && src[cursor] != '\n' && src[cursor] != '\r') {
                        cursor++;
                    }
                }
                default -> { }
            }
        }
        int textEnd = cursor - newline;
        if (reachedEnd || heredocScanOnly) {
            return tokenCountingNewlines(TokenKind.T_ENCAPSED_AND_WHITESPACE, slice(tokenStart, textEnd));
        }
        boolean newlineAtStart = tokenStart > 0 && (src[tokenStart - 1] == '\n' || src[tokenStart - 1] == '\r');
        byte[] stripped = HeredocIndentation.strip(src, tokenStart, textEnd, label.indentation,
                label.indentationUsesSpaces, newlineAtStart, newline != 0, line);
        byte[] value = EscapeSequences.unescape(stripped, 0, stripped.length, 0, line, false, this::warn);
        line += countNewlines(tokenStart, textEnd);
        return token(TokenKind.T_ENCAPSED_AND_WHITESPACE, value);
    }

    /** {@code <ST_NOWDOC>}: the whole body of a nowdoc, one token. */
    private Token nowdocBody() {
        if (cursor >= limit) {
            return endToken();
        }
        HeredocLabel label = heredocLabels.peek();
        int newline = 0;
        int indentation = 0;
        int spacing = -1;
        loop:
        while (cursor < limit) {
            int c = src[cursor++] & 0xff;
            if (c == '\r' || c == '\n') {
                if (c == '\r' && at(cursor) == '\n') {
                    cursor++;
                }
                indentation = 0;
                spacing = 0;
                while (cursor < limit && (src[cursor] == ' ' || src[cursor] == '\t')) {
                    spacing |= src[cursor] == '\t' ? USING_TABS : USING_SPACES;
                    cursor++;
                    indentation++;
                }
                if (cursor < limit && isLabelStart(src[cursor] & 0xff) && startsWithLabel(cursor, label.label)) {
                    if (isLabelSuccessor(at(cursor + label.label.length))) {
                        continue;
                    }
                    if (spacing == (USING_SPACES | USING_TABS)) {
                        throw ParseError.parse("Invalid indentation - tabs and spaces cannot be mixed", line);
                    }
                    int nl = cursor - indentation;
                    newline = (nl - 2 >= 0 && src[nl - 2] == '\r' && src[nl - 1] == '\n') ? 2 : 1;
                    incrementLineno = true;
                    cursor -= indentation;
                    label.indentation = indentation;
                    label.indentationUsesSpaces = spacing == USING_SPACES;
                    state = State.ST_END_HEREDOC;
                    break loop;
                }
            }
        }
        int textEnd = cursor - newline;
        byte[] value = slice(tokenStart, textEnd);
        if (spacing != -1 && parserMode) {
            boolean newlineAtStart = tokenStart > 0 && (src[tokenStart - 1] == '\n' || src[tokenStart - 1] == '\r');
            value = HeredocIndentation.strip(src, tokenStart, textEnd, indentation, spacing == USING_SPACES,
                    newlineAtStart, newline != 0, line);
        }
        line += countNewlines(tokenStart, textEnd);
        return token(TokenKind.T_ENCAPSED_AND_WHITESPACE, value);
    }

    /** LNUM, DNUM, EXPONENT_DNUM, HNUM, BNUM, ONUM. */
    private Token number() {
        int start = cursor;
        int c1 = at(cursor + 1);
        if (src[cursor] == '0' && (c1 | 0x20) == 'x' && EscapeSequences.isHex(at(cursor + 2))) {
            cursor = numberDigitsEnd(cursor + 2, 16);
            return numberToken(NumericLiterals.integer(src, start + 2, cursor, 16));
        }
        if (src[cursor] == '0' && (c1 | 0x20) == 'b' && (at(cursor + 2) == '0' || at(cursor + 2) == '1')) {
            cursor = numberDigitsEnd(cursor + 2, 2);
            return numberToken(NumericLiterals.integer(src, start + 2, cursor, 2));
        }
        if (src[cursor] == '0' && (c1 | 0x20) == 'o' && EscapeSequences.isOct(at(cursor + 2))) {
            cursor = numberDigitsEnd(cursor + 2, 8);
            return numberToken(NumericLiterals.integer(src, start + 2, cursor, 8));
        }
        int p = numberDigitsEnd(cursor, 10);
        boolean isFloat = false;
        if (at(p) == '.' && (p > cursor || isDigit(at(p + 1)))) {
            isFloat = true;
            p = isDigit(at(p + 1)) ? numberDigitsEnd(p + 1, 10) : p + 1;
        }
        if ((at(p) | 0x20) == 'e') {
            int q = p + 1;
            if (at(q) == '+' || at(q) == '-') {
                q++;
            }
            if (isDigit(at(q))) {
                isFloat = true;
                p = numberDigitsEnd(q, 10);
            }
        }
        cursor = p;
        if (isFloat) {
            return token(TokenKind.T_DNUMBER, NumericLiterals.dnumber(src, start, cursor));
        }
        boolean octal = src[start] == '0';
        if (octal) {
            for (int i = start; i < cursor; i++) {
                if (src[i] == '8' || src[i] == '9') {
                    throw ParseError.parse("Invalid numeric literal", line);
                }
            }
            return numberToken(NumericLiterals.integer(src, start, cursor, 8));
        }
        return numberToken(NumericLiterals.integer(src, start, cursor, 10));
    }

    private Token numberToken(Object value) {
        return token(value instanceof Long ? TokenKind.T_LNUMBER : TokenKind.T_DNUMBER, value);
    }
}
