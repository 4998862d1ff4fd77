package jzend.zend.compile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jzend.zend.compile.ast.Arg;
import jzend.zend.compile.ast.ArrayItem;
import jzend.zend.compile.ast.BinaryOp;
import jzend.zend.compile.ast.CastType;
import jzend.zend.compile.ast.ClosureUse;
import jzend.zend.compile.ast.DestructureItem;
import jzend.zend.compile.ast.Expr;
import jzend.zend.compile.ast.FunctionDecl;
import jzend.zend.compile.ast.MatchArm;
import jzend.zend.compile.ast.Name;
import jzend.zend.compile.ast.Param;
import jzend.zend.compile.ast.Stmt;
import jzend.zend.compile.ast.SwitchCase;
import jzend.zend.compile.ast.TypeDecl;
import jzend.zend.compile.ast.UnaryOp;

/**
 * Port of zend_language_parser.y for jzend's PHP subset, as a recursive-descent parser with
 * operator-precedence climbing over the grammar's precedence table. Syntax errors carry bison's
 * wording ({@code syntax error, unexpected token ";", expecting ")"}); the compile-time errors of
 * zend_compile.c that only depend on the AST's shape (unparenthesized nested ternaries, bad
 * destructuring, break/continue depth, declare(strict_types), ...) are raised after the whole
 * file parsed, as php does, so a later syntax error wins.
 *
 * <p>Constructs outside the subset (classes, objects, namespaces, exceptions, generators,
 * include/eval, goto, attributes) are reported as a "Fatal error: ... is not supported by jzend"
 * compile error at their first token.
 */
public final class ZendLanguageParser {

    // Precedence levels of zend_language_parser.y, lowest first.
    private static final int P_LOWEST = 0;
    private static final int P_LOGICAL_OR = 1;
    private static final int P_LOGICAL_XOR = 2;
    private static final int P_LOGICAL_AND = 3;
    private static final int P_PRINT = 4;
    private static final int P_ASSIGN = 8;
    private static final int P_TERNARY = 9;
    private static final int P_COALESCE = 10;
    private static final int P_BOOLEAN_OR = 11;
    private static final int P_BOOLEAN_AND = 12;
    private static final int P_BW_OR = 13;
    private static final int P_BW_XOR = 14;
    private static final int P_BW_AND = 15;
    private static final int P_EQUALITY = 16;
    private static final int P_COMPARISON = 17;
    private static final int P_CONCAT = 18;
    private static final int P_SHIFT = 19;
    private static final int P_ADDITIVE = 20;
    private static final int P_MULTIPLICATIVE = 21;
    private static final int P_NOT = 22;
    private static final int P_INSTANCEOF = 23;
    private static final int P_UNARY = 24;
    private static final int P_POW = 25;

    // What a parsed postfix expression can still become (bison's variable / dereferencable / expr).
    private static final int PLAIN = 0;
    private static final int DEREFERENCABLE = 1;
    private static final int VARIABLE = 2;

    private static final String EXPECTING_VARIABLE_TAIL = "\"->\" or \"?->\" or \"{\" or \"[\"";

    /** A compile-phase diagnostic and its place in compile order. */
    private record OrderedDiagnostic(int order, CompileDiagnostic diagnostic) {}

    /** The per-function state zend_compile.c keeps in CG(context): loops and the name for __FUNCTION__. */
    private static final class FunctionContext {
        final String name;
        final Deque<Boolean> loops = new ArrayDeque<>(); // true = switch

        FunctionContext(String name) {
            this.name = name;
        }
    }

    private final ZendLanguageScanner scanner;
    private final String filename;
    private final List<CompileDiagnostic> diagnostics;
    private final List<OrderedDiagnostic> compileDiagnostics = new ArrayList<>();
    private Token lookahead;
    private Token lookahead2;
    private Token previous;
    private int tokenIndex;
    private ParseError firstCompileError;
    private int firstCompileErrorOrder = Integer.MAX_VALUE;
    private final Deque<FunctionContext> functions = new ArrayDeque<>();
    private boolean strictTypes;
    /** Every named function declaration parsed so far, nested ones included (ParsedScript.functionDeclarations). */
    private final List<FunctionDecl> functionDeclarations = new ArrayList<>();
    private boolean seenNonDeclareTopStatement;
    private long haltOffset = -1;
    private int lastKind;
    /** Array literals with empty elements: a compile error unless they turn out to be nested destructurings. */
    private final java.util.IdentityHashMap<Expr.ArrayLiteral, Integer> emptyElementLiterals = new java.util.IdentityHashMap<>();

    private ZendLanguageParser(byte[] source, String filename, ZendLanguageScanner.Options options) {
        this.diagnostics = new ArrayList<>();
        this.scanner = new ZendLanguageScanner(source, options, diagnostics);
        this.filename = filename;
        functions.push(new FunctionContext(""));
    }

    /**
     * zendparse() for a whole script: parses {@code source} (the file's bytes) named
     * {@code filename} (what __FILE__ is, normally the resolved path). Throws {@link ParseError}
     * for a syntax error or a compile-time fatal error; never any other exception.
     */
    public static ParsedScript parse(byte[] source, String filename, ZendLanguageScanner.Options options) {
        ZendLanguageParser p = new ZendLanguageParser(source, filename, options);
        try {
            return p.parseScript();
        } catch (ParseError e) {
            List<CompileDiagnostic> before = new ArrayList<>(p.diagnostics);
            if (e == p.firstCompileError) {
                before.addAll(p.compileDiagnosticsBefore(p.firstCompileErrorOrder));
            }
            throw e.withDiagnostics(before);
        } catch (StackOverflowError deep) {
            throw ParseError.compile("Maximum nesting depth of the parser exceeded", p.scanner.line())
                    .withDiagnostics(p.diagnostics);
        }
    }

    /** The compile-phase diagnostics raised before compile position {@code order}, in compile order. */
    private List<CompileDiagnostic> compileDiagnosticsBefore(int order) {
        return compileDiagnostics.stream()
                .filter(d -> d.order() < order)
                .sorted(java.util.Comparator.comparingInt(OrderedDiagnostic::order))
                .map(OrderedDiagnostic::diagnostic)
                .toList();
    }

    /** {@link #parse(byte[], String, ZendLanguageScanner.Options)} with php -n's options (short tags on, shebang skipped). */
    public static ParsedScript parse(byte[] source, String filename) {
        return parse(source, filename, ZendLanguageScanner.Options.CLI);
    }

    private ParsedScript parseScript() {
        List<Stmt> stmts = new ArrayList<>();
        while (peek().kind() != TokenKind.END) {
            TokenKind k = peek().kind();
            if (!canStartStatement(k) && k != TokenKind.T_CONST && k != TokenKind.T_HALT_COMPILER && k != TokenKind.T_USE) {
                throw unexpected("end of file");
            }
            Stmt s = topStatement();
            if (s != null) {
                stmts.add(s);
            }
            if (haltOffset >= 0) {
                break;
            }
        }
        emptyElementLiterals.forEach((literal, order) ->
                compileError("Cannot use empty array elements in arrays", literal.line(), order));
        if (firstCompileError != null) {
            throw firstCompileError;
        }
        List<CompileDiagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(compileDiagnosticsBefore(Integer.MAX_VALUE));
        return new ParsedScript(filename, List.copyOf(stmts), strictTypes, List.copyOf(all), haltOffset, List.copyOf(functionDeclarations));
    }

    // ---------------------------------------------------------------- tokens

    private Token peek() {
        if (lookahead == null) {
            if (lookahead2 != null) {
                lookahead = lookahead2;
                lookahead2 = null;
            } else {
                lookahead = scanner.nextForParser();
            }
        }
        return lookahead;
    }

    private Token peek2() {
        peek();
        if (lookahead2 == null) {
            lookahead2 = scanner.nextForParser();
        }
        return lookahead2;
    }

    /**
     * What the AST costs in CG(ast_arena) per token: jzend's AST is Java objects, php's is
     * zend_ast nodes in the arena, about a zend_ast_zval (24 bytes) per token — an estimate that
     * matters only once a script's AST outgrows the arena's first 32 KB.
     */
    static final int AST_BYTES_PER_TOKEN = 24;

    private Token next() {
        Token t = peek();
        lookahead = null;
        previous = t;
        tokenIndex++;
        if (jzend.zend.CompilerGlobals.ast_arena != null) jzend.zend.CompilerGlobals.ast_arena.alloc(AST_BYTES_PER_TOKEN);
        return t;
    }

    private boolean at(TokenKind k) {
        return peek().kind() == k;
    }

    private boolean accept(TokenKind k) {
        if (at(k)) {
            next();
            return true;
        }
        return false;
    }

    private boolean atAmpersand() {
        return peek().kind().isAmpersand();
    }

    /** Consumes {@code k}, or fails with "unexpected X, expecting k". */
    private Token expect(TokenKind k) {
        if (!at(k)) {
            throw unexpected(k.expectedName());
        }
        return next();
    }

    /** Consumes {@code k}, or fails with "unexpected X" and bison's given expectation (may be null). */
    private Token expect(TokenKind k, String expecting) {
        if (!at(k)) {
            throw unexpected(expecting);
        }
        return next();
    }

    /** yyerror(): "syntax error, unexpected X[, expecting Y]" for the lookahead token. */
    private ParseError unexpected(String expecting) {
        Token t = peek();
        String msg = "syntax error, unexpected " + t.unexpectedDescription();
        if (expecting != null) {
            msg += ", expecting " + expecting;
        }
        return ParseError.parse(msg, t.endLine());
    }

    private ParseError unexpected() {
        return unexpected(null);
    }

    /** A construct outside jzend's subset, reported at its first token. */
    private ParseError unsupported(String what, Token at) {
        return ParseError.compile(what + " not supported by jzend", at.line());
    }

    /**
     * Records a zend_compile.c fatal error; the first one in compile order (the node's first
     * token) is thrown once the file parsed without syntax errors.
     */
    private void compileError(String message, int line, int order) {
        if (order < firstCompileErrorOrder) {
            firstCompileErrorOrder = order;
            firstCompileError = ParseError.compile(message, line);
        }
    }

    /** Records a compile-phase warning or deprecation at compile position {@code order}. */
    private void warning(CompileDiagnostic.Level level, String message, int line, int order) {
        compileDiagnostics.add(new OrderedDiagnostic(order, new CompileDiagnostic(level, message, line)));
    }

    private static String str(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Whether bison can shift {@code k} where an expression starts. */
    private static boolean canStartExpr(TokenKind k) {
        return switch (k) {
            case T_VARIABLE, DOLLAR, T_LNUMBER, T_DNUMBER, T_CONSTANT_ENCAPSED_STRING, DOUBLE_QUOTE, BACKQUOTE,
                 T_START_HEREDOC, T_STRING, T_NAME_QUALIFIED, T_NAME_FULLY_QUALIFIED, T_NAME_RELATIVE, T_NAMESPACE,
                 T_LINE, T_FILE, T_DIR, T_FUNC_C, T_METHOD_C, T_CLASS_C, T_TRAIT_C, T_NS_C, T_ARRAY, LBRACKET,
                 T_LIST, LPAREN, T_ISSET, T_EMPTY, T_EXIT, T_FUNCTION, T_FN, T_STATIC, T_MATCH, BANG, TILDE, PLUS,
                 MINUS, AT, T_INT_CAST, T_DOUBLE_CAST, T_STRING_CAST, T_ARRAY_CAST, T_OBJECT_CAST, T_BOOL_CAST,
                 T_UNSET_CAST, T_PRINT, T_INC, T_DEC, T_NEW, T_CLONE, T_INCLUDE, T_INCLUDE_ONCE, T_REQUIRE,
                 T_REQUIRE_ONCE, T_EVAL, T_YIELD, T_YIELD_FROM, T_THROW, T_ATTRIBUTE -> true;
            default -> false;
        };
    }

    /** Whether bison can shift {@code k} where a statement starts (inner_statement). */
    private static boolean canStartStatement(TokenKind k) {
        return canStartExpr(k) || switch (k) {
            case LBRACE, T_IF, T_WHILE, T_DO, T_FOR, T_FOREACH, T_SWITCH, T_BREAK, T_CONTINUE, T_RETURN, T_GLOBAL,
                 T_ECHO, T_INLINE_HTML, T_UNSET, SEMICOLON, T_DECLARE, T_TRY, T_GOTO, T_CLASS, T_ABSTRACT,
                 T_FINAL, T_READONLY, T_INTERFACE, T_TRAIT, T_ENUM -> true;
            default -> false;
        };
    }

    /** Whether {@code k} can start the first token of a bison {@code variable}. */
    private static boolean canStartVariable(TokenKind k) {
        return switch (k) {
            case T_VARIABLE, DOLLAR, T_STRING, T_NAME_QUALIFIED, T_NAME_FULLY_QUALIFIED, T_NAME_RELATIVE, T_NAMESPACE,
                 T_ARRAY, LBRACKET, LPAREN, T_CONSTANT_ENCAPSED_STRING, DOUBLE_QUOTE, T_STATIC -> true;
            default -> false;
        };
    }

    // ---------------------------------------------------------------- statements

    /** top_statement. */
    private Stmt topStatement() {
        Token t = peek();
        int order = tokenIndex;
        switch (t.kind()) {
            case T_CONST -> {
                return constStatement();
            }
            case T_HALT_COMPILER -> {
                next();
                expect(TokenKind.LPAREN);
                expect(TokenKind.RPAREN);
                expect(TokenKind.SEMICOLON);
                haltOffset = scanner.offset();
                seenNonDeclareTopStatement = true;
                return null;
            }
            case T_NAMESPACE -> {
                if (peek2().kind() != TokenKind.T_NS_SEPARATOR) {
                    throw unsupported("Namespaces are", t);
                }
            }
            case T_USE -> throw unsupported("Use declarations are", t);
            default -> { }
        }
        Stmt s = statement(true);
        boolean isDeclare = s instanceof Stmt.Declare;
        if (!isDeclare) {
            seenNonDeclareTopStatement = true;
        }
        return s;
    }

    /** inner_statement / statement; returns null for the empty statement ';'. */
    private Stmt statement(boolean topLevel) {
        Token t = peek();
        int line = t.line();
        int order = tokenIndex;
        switch (t.kind()) {
            case LBRACE -> {
                next();
                List<Stmt> body = innerStatementList(TokenKind.RBRACE);
                expect(TokenKind.RBRACE, null);
                return new Stmt.Block(body, line);
            }
            case T_IF -> {
                return ifStatement();
            }
            case T_WHILE -> {
                return whileStatement();
            }
            case T_DO -> {
                return doWhileStatement();
            }
            case T_FOR -> {
                return forStatement();
            }
            case T_FOREACH -> {
                return foreachStatement();
            }
            case T_SWITCH -> {
                return switchStatement();
            }
            case T_BREAK, T_CONTINUE -> {
                return breakContinue();
            }
            case T_RETURN -> {
                next();
                Expr value = null;
                if (canStartExpr(peek().kind())) {
                    value = expr();
                }
                expect(TokenKind.SEMICOLON);
                return new Stmt.Return(value, line);
            }
            case T_GLOBAL -> {
                return globalStatement();
            }
            case T_STATIC -> {
                TokenKind k2 = peek2().kind();
                if (k2 == TokenKind.T_VARIABLE) {
                    return staticStatement();
                }
                return expressionStatement();
            }
            case T_ECHO -> {
                next();
                List<Expr> exprs = new ArrayList<>();
                do {
                    exprs.add(expr());
                } while (accept(TokenKind.COMMA));
                expect(TokenKind.SEMICOLON, "\",\" or \";\"");
                return new Stmt.Echo(exprs, line);
            }
            case T_INLINE_HTML -> {
                next();
                return new Stmt.InlineHtml(t.bytes(), line);
            }
            case T_UNSET -> {
                return unsetStatement();
            }
            case SEMICOLON -> {
                next();
                if (topLevel) {
                    seenNonDeclareTopStatement = true;
                }
                return null;
            }
            case T_FUNCTION -> {
                Token t2 = peek2();
                if (t2.kind() == TokenKind.T_STRING || t2.kind() == TokenKind.T_READONLY
                        || (t2.kind().isAmpersand())) {
                    if (t2.kind().isAmpersand()) {
                        // "function &name(" vs "function &(": decided after the '&'
                        return functionOrClosureAfterAmpersand(line);
                    }
                    return functionDeclaration(line);
                }
                return expressionStatement();
            }
            case T_DECLARE -> {
                return declareStatement(topLevel);
            }
            case T_CONST -> throw unexpected();
            case T_TRY -> {
                return tryStatement();
            }
            case T_GOTO -> throw unsupported("goto is", t);
            case T_CLASS, T_ABSTRACT, T_FINAL, T_READONLY -> throw unsupported("Classes are", t);
            case T_INTERFACE -> throw unsupported("Interfaces are", t);
            case T_TRAIT -> throw unsupported("Traits are", t);
            case T_ENUM -> throw unsupported("Enums are", t);
            case T_ATTRIBUTE -> throw unsupported("Attributes are", t);
            case T_STRING -> {
                if (peek2().kind() == TokenKind.COLON) {
                    throw unsupported("goto labels are", t);
                }
                return expressionStatement();
            }
            default -> {
                return expressionStatement();
            }
        }
    }

    private Stmt expressionStatement() {
        int line = peek().line();
        Expr e = expr();
        expect(TokenKind.SEMICOLON, null);
        return new Stmt.ExprStmt(e, line);
    }

    /** inner_statement_list up to (not including) one of the terminators. */
    private List<Stmt> innerStatementList(TokenKind... terminators) {
        List<Stmt> list = new ArrayList<>();
        while (true) {
            TokenKind k = peek().kind();
            for (TokenKind term : terminators) {
                if (k == term) {
                    return list;
                }
            }
            if (k == TokenKind.END || !canStartStatement(k)) {
                return list;
            }
            switch (k) {
                case T_HALT_COMPILER -> throw unexpected();
                case T_NAMESPACE -> {
                    if (peek2().kind() != TokenKind.T_NS_SEPARATOR) {
                        throw unexpected();
                    }
                }
                case T_USE -> throw unexpected();
                default -> { }
            }
            Stmt s = statement(false);
            if (s != null) {
                list.add(s);
            }
        }
    }

    /** try_statement: {@code try { } catch (A | B $e) { } … finally { }}. */
    private Stmt tryStatement() {
        int line = next().line();
        expect(TokenKind.LBRACE);
        List<Stmt> body = innerStatementList(TokenKind.RBRACE);
        expect(TokenKind.RBRACE);
        List<Stmt.Catch> catches = new ArrayList<>();
        while (at(TokenKind.T_CATCH)) {
            int cline = next().line();
            expect(TokenKind.LPAREN);
            List<Name> types = new ArrayList<>();
            do {
                Token n = peek();
                switch (n.kind()) {
                    case T_STRING, T_NAME_QUALIFIED, T_NAME_FULLY_QUALIFIED, T_NAME_RELATIVE -> next();
                    default -> throw unexpected();
                }
                types.add(name(n));
            } while (accept(TokenKind.PIPE));
            byte[] var = null;
            if (at(TokenKind.T_VARIABLE)) {
                var = next().bytes();
            }
            expect(TokenKind.RPAREN);
            expect(TokenKind.LBRACE);
            List<Stmt> cbody = innerStatementList(TokenKind.RBRACE);
            expect(TokenKind.RBRACE);
            catches.add(new Stmt.Catch(types, var, cbody, cline));
        }
        List<Stmt> fin = null;
        if (accept(TokenKind.T_FINALLY)) {
            expect(TokenKind.LBRACE);
            fin = innerStatementList(TokenKind.RBRACE);
            expect(TokenKind.RBRACE);
        }
        if (catches.isEmpty() && fin == null) {
            compileError("Cannot use try without catch or finally", line, tokenIndex);
        }
        return new Stmt.Try(body, catches, fin, line);
    }

    /** A loop/if body: one statement, a braced block unwrapped into its list. */
    private List<Stmt> body() {
        Stmt s = statement(false);
        if (s == null) {
            return List.of();
        }
        if (s instanceof Stmt.Block b) {
            return b.body();
        }
        return List.of(s);
    }

    /** The parenthesized condition of if/while/switch: '(' expr ')'. */
    private Expr parenCondition() {
        expect(TokenKind.LPAREN);
        Expr cond = expr();
        expect(TokenKind.RPAREN, null);
        return cond;
    }

    /** if_stmt and alt_if_stmt. */
    private Stmt ifStatement() {
        int line = next().line();
        Expr cond = parenCondition();
        List<Stmt.IfBranch> branches = new ArrayList<>();
        if (accept(TokenKind.COLON)) {
            branches.add(new Stmt.IfBranch(cond, innerStatementList(TokenKind.T_ELSEIF, TokenKind.T_ELSE, TokenKind.T_ENDIF), line));
            List<Stmt> elseBody = null;
            while (true) {
                if (at(TokenKind.T_ELSEIF)) {
                    int l = next().line();
                    Expr c = parenCondition();
                    expect(TokenKind.COLON);
                    branches.add(new Stmt.IfBranch(c, innerStatementList(TokenKind.T_ELSEIF, TokenKind.T_ELSE, TokenKind.T_ENDIF), l));
                } else if (at(TokenKind.T_ELSE)) {
                    next();
                    expect(TokenKind.COLON);
                    elseBody = innerStatementList(TokenKind.T_ENDIF);
                    expect(TokenKind.T_ENDIF, null);
                    break;
                } else {
                    expect(TokenKind.T_ENDIF, "\"elseif\" or \"else\" or \"endif\"");
                    break;
                }
            }
            expect(TokenKind.SEMICOLON);
            return new Stmt.If(branches, elseBody, line);
        }
        branches.add(new Stmt.IfBranch(cond, body(), line));
        while (at(TokenKind.T_ELSEIF)) {
            int l = next().line();
            Expr c = parenCondition();
            branches.add(new Stmt.IfBranch(c, body(), l));
        }
        List<Stmt> elseBody = null;
        if (accept(TokenKind.T_ELSE)) {
            elseBody = body();
        }
        return new Stmt.If(branches, elseBody, line);
    }

    /** A loop body, with the alternative syntax {@code ': ... endX;'}. */
    private List<Stmt> loopBody(boolean isSwitch, TokenKind altEnd) {
        FunctionContext fn = functions.peek();
        fn.loops.push(isSwitch);
        try {
            if (altEnd != null && accept(TokenKind.COLON)) {
                List<Stmt> list = innerStatementList(altEnd);
                expect(altEnd, null);
                expect(TokenKind.SEMICOLON);
                return list;
            }
            return body();
        } finally {
            fn.loops.pop();
        }
    }

    private Stmt whileStatement() {
        int line = next().line();
        Expr cond = parenCondition();
        return new Stmt.While(cond, loopBody(false, TokenKind.T_ENDWHILE), line);
    }

    private Stmt doWhileStatement() {
        int line = next().line();
        List<Stmt> body = loopBody(false, null);
        expect(TokenKind.T_WHILE);
        expect(TokenKind.LPAREN, "\"(\"");
        Expr cond = expr();
        expect(TokenKind.RPAREN, null);
        expect(TokenKind.SEMICOLON, "\";\"");
        return new Stmt.DoWhile(body, cond, line);
    }

    /** for_exprs: an optional comma list ending at {@code end}. */
    private List<Expr> forExprs(TokenKind end) {
        List<Expr> list = new ArrayList<>();
        if (at(end)) {
            return list;
        }
        do {
            list.add(expr());
        } while (accept(TokenKind.COMMA));
        return list;
    }

    private Stmt forStatement() {
        int line = next().line();
        expect(TokenKind.LPAREN);
        List<Expr> init = forExprs(TokenKind.SEMICOLON);
        expect(TokenKind.SEMICOLON);
        List<Expr> cond = forExprs(TokenKind.SEMICOLON);
        expect(TokenKind.SEMICOLON);
        List<Expr> step = forExprs(TokenKind.RPAREN);
        expect(TokenKind.RPAREN);
        return new Stmt.For(init, cond, step, loopBody(false, TokenKind.T_ENDFOR), line);
    }

    /** foreach_variable: a variable, {@code &variable}, or a list()/[...] destructuring. */
    private Expr foreachVariable(boolean[] byRef) {
        if (atAmpersand()) {
            next();
            byRef[0] = true;
            int order = tokenIndex;
            Expr v = variable();
            checkWritable(v, order);
            return v;
        }
        if (at(TokenKind.T_LIST) || at(TokenKind.LBRACKET)) {
            Token t = next();
            boolean list = t.kind() == TokenKind.T_LIST;
            if (list) {
                expect(TokenKind.LPAREN);
            }
            List<RawPair> pairs = arrayPairList(list ? TokenKind.RPAREN : TokenKind.RBRACKET);
            expect(list ? TokenKind.RPAREN : TokenKind.RBRACKET);
            return toDestructure(pairs, list, t.line(), tokenIndex);
        }
        int order = tokenIndex;
        Expr v = variable();
        checkWritable(v, order);
        return v;
    }

    private Stmt foreachStatement() {
        int line = next().line();
        expect(TokenKind.LPAREN);
        Expr subject = expr();
        expect(TokenKind.T_AS, null);
        int keyOrder = tokenIndex;
        boolean[] ref = new boolean[1];
        Expr value = foreachVariable(ref);
        Expr key = null;
        if (accept(TokenKind.T_DOUBLE_ARROW)) {
            key = value;
            if (ref[0]) {
                compileError("Key element cannot be a reference", line, keyOrder);
            } else if (key instanceof Expr.Destructure) {
                compileError("Cannot use list as key element", line, keyOrder);
            }
            ref[0] = false;
            value = foreachVariable(ref);
        }
        expectAfterVariable(TokenKind.RPAREN);
        return new Stmt.Foreach(subject, key, value, ref[0], loopBody(false, TokenKind.T_ENDFOREACH), line);
    }

    /** After a bare variable in a variable-only context, bison expects more of the variable. */
    private void expectAfterVariable(TokenKind k) {
        if (!at(k)) {
            throw unexpected(lastKind == VARIABLE && previous.kind() == TokenKind.T_VARIABLE ? EXPECTING_VARIABLE_TAIL : null);
        }
        next();
    }

    private Stmt switchStatement() {
        int line = next().line();
        Expr subject = parenCondition();
        boolean alt;
        if (accept(TokenKind.LBRACE)) {
            alt = false;
        } else if (accept(TokenKind.COLON)) {
            alt = true;
        } else {
            throw unexpected("\":\" or \"{\"");
        }
        accept(TokenKind.SEMICOLON);
        TokenKind end = alt ? TokenKind.T_ENDSWITCH : TokenKind.RBRACE;
        List<SwitchCase> cases = new ArrayList<>();
        FunctionContext fn = functions.peek();
        fn.loops.push(true);
        try {
            boolean sawDefault = false;
            while (!at(end)) {
                Token t = peek();
                int order = tokenIndex;
                Expr value = null;
                if (accept(TokenKind.T_CASE)) {
                    value = expr();
                } else if (accept(TokenKind.T_DEFAULT)) {
                    if (sawDefault) {
                        compileError("Switch statements may only contain one default clause", t.line(), order);
                    }
                    sawDefault = true;
                } else {
                    throw unexpected(alt ? "\"endswitch\" or \"case\" or \"default\"" : "\"case\" or \"default\" or \"}\"");
                }
                if (!accept(TokenKind.COLON) && !accept(TokenKind.SEMICOLON)) {
                    throw unexpected(value == null ? "\":\" or \";\"" : null);
                }
                cases.add(new SwitchCase(value, innerStatementList(TokenKind.T_CASE, TokenKind.T_DEFAULT, end), t.line()));
            }
        } finally {
            fn.loops.pop();
        }
        next();
        if (alt) {
            expect(TokenKind.SEMICOLON);
        }
        return new Stmt.Switch(subject, cases, line);
    }

    /** break/continue and zend_compile_break_continue()'s checks. */
    private Stmt breakContinue() {
        Token kw = next();
        boolean isBreak = kw.kind() == TokenKind.T_BREAK;
        String name = isBreak ? "break" : "continue";
        int order = tokenIndex - 1;
        int depth = 1;
        if (canStartExpr(peek().kind())) {
            Expr d = expr();
            if (d instanceof Expr.IntLiteral i && i.value() >= 1) {
                depth = i.value() > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) i.value();
            } else if (d instanceof Expr.IntLiteral || d instanceof Expr.FloatLiteral || d instanceof Expr.StringLiteral) {
                compileError("'" + name + "' operator accepts only positive integers", kw.line(), order);
            } else {
                compileError("'" + name + "' operator with non-integer operand is no longer supported", kw.line(), order);
            }
        }
        expect(TokenKind.SEMICOLON);
        Deque<Boolean> loops = functions.peek().loops;
        if (loops.isEmpty()) {
            compileError("'" + name + "' not in the 'loop' or 'switch' context", kw.line(), order);
        } else if (depth > loops.size()) {
            compileError("Cannot '" + name + "' " + depth + " level" + (depth == 1 ? "" : "s"), kw.line(), order);
        } else if (!isBreak) {
            Boolean[] stack = loops.toArray(new Boolean[0]);
            boolean targetIsSwitch = stack[depth - 1];
            if (targetIsSwitch) {
                boolean hasParent = stack.length > depth;
                String msg;
                if (depth == 1) {
                    msg = "\"continue\" targeting switch is equivalent to \"break\"";
                } else {
                    msg = "\"continue " + depth + "\" targeting switch is equivalent to \"break " + depth + "\"";
                }
                if (hasParent) {
                    msg += ". Did you mean to use \"continue " + (depth + 1) + "\"?";
                }
                warning(CompileDiagnostic.Level.WARNING, msg, kw.line(), order);
            }
        }
        return isBreak ? new Stmt.Break(depth, kw.line()) : new Stmt.Continue(depth, kw.line());
    }

    /** global_var_list: simple variables. */
    private Stmt globalStatement() {
        int line = next().line();
        List<Expr> vars = new ArrayList<>();
        do {
            vars.add(simpleVariable());
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.SEMICOLON, "\",\" or \";\"");
        return new Stmt.Global(vars, line);
    }

    /** static_var_list. */
    private Stmt staticStatement() {
        int line = next().line();
        List<Stmt.StaticVar> vars = new ArrayList<>();
        do {
            Token v = expect(TokenKind.T_VARIABLE);
            Expr init = null;
            if (accept(TokenKind.EQUALS)) {
                init = expr();
            }
            vars.add(new Stmt.StaticVar(v.bytes(), init, v.line()));
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.SEMICOLON, "\",\" or \";\"");
        return new Stmt.Static(vars, line);
    }

    /** unset '(' unset_variables possible_comma ')' ';'. */
    private Stmt unsetStatement() {
        int line = next().line();
        expect(TokenKind.LPAREN);
        List<Expr> vars = new ArrayList<>();
        do {
            if (at(TokenKind.RPAREN) && !vars.isEmpty()) {
                break;
            }
            int order = tokenIndex;
            Expr v = variable();
            checkWritable(v, order);
            vars.add(v);
        } while (accept(TokenKind.COMMA));
        expectAfterVariable(TokenKind.RPAREN);
        expect(TokenKind.SEMICOLON);
        return new Stmt.Unset(vars, line);
    }

    /** const_list at top level. */
    private Stmt constStatement() {
        int line = next().line();
        List<Stmt.ConstElem> consts = new ArrayList<>();
        do {
            Token name = expect(TokenKind.T_STRING, "identifier");
            expect(TokenKind.EQUALS);
            consts.add(new Stmt.ConstElem(name.bytes(), expr(), name.line()));
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.SEMICOLON, "\",\" or \";\"");
        return new Stmt.Const(consts, line);
    }

    /** declare '(' const_list ')' declare_statement, with zend_compile_declare()'s checks. */
    private Stmt declareStatement(boolean topLevel) {
        Token kw = next();
        int order = tokenIndex - 1;
        expect(TokenKind.LPAREN);
        List<Stmt.ConstElem> directives = new ArrayList<>();
        do {
            Token name = expect(TokenKind.T_STRING);
            expect(TokenKind.EQUALS);
            directives.add(new Stmt.ConstElem(name.bytes(), expr(), name.line()));
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAREN, "\",\" or \")\"");
        List<Stmt> body = null;
        if (accept(TokenKind.SEMICOLON)) {
            body = null;
        } else if (accept(TokenKind.COLON)) {
            body = innerStatementList(TokenKind.T_ENDDECLARE);
            expect(TokenKind.T_ENDDECLARE, null);
            expect(TokenKind.SEMICOLON);
        } else {
            body = body();
        }
        boolean first = topLevel && !seenNonDeclareTopStatement;
        for (Stmt.ConstElem d : directives) {
            String name = str(d.name()).toLowerCase(Locale.ROOT);
            switch (name) {
                case "ticks" -> {
                    if (!(d.value() instanceof Expr.IntLiteral || d.value() instanceof Expr.FloatLiteral
                            || d.value() instanceof Expr.StringLiteral || d.value() instanceof Expr.ConstFetch)) {
                        compileError("declare(ticks) value must be a literal", kw.line(), order);
                    }
                }
                case "encoding" -> {
                    if (!first) {
                        compileError("Encoding declaration pragma must be the very first statement in the script", kw.line(), order);
                    }
                }
                case "strict_types" -> {
                    if (!first) {
                        compileError("strict_types declaration must be the very first statement in the script", kw.line(), order);
                    } else if (body != null) {
                        compileError("strict_types declaration must not use block mode", kw.line(), order);
                    } else if (!(d.value() instanceof Expr.IntLiteral i) || (i.value() != 0 && i.value() != 1)) {
                        compileError("strict_types declaration must have 0 or 1 as its value", kw.line(), order);
                    } else {
                        strictTypes = i.value() == 1;
                    }
                }
                default -> warning(CompileDiagnostic.Level.WARNING, "Unsupported declare '" + str(d.name()) + "'", kw.line(), order);
            }
        }
        return new Stmt.Declare(directives, body, kw.line());
    }

    // ---------------------------------------------------------------- functions

    private Stmt functionOrClosureAfterAmpersand(int line) {
        // "function &" has been peeked; bison decides at the token after '&'
        Token fn = next();
        next(); // '&'
        if (at(TokenKind.T_STRING) || at(TokenKind.T_READONLY)) {
            return functionDeclaration(functionRest(fn, true, FunctionDecl.Kind.FUNCTION, false), line);
        }
        Expr closure = new Expr.Closure(functionRest(fn, true, FunctionDecl.Kind.CLOSURE, false), fn.line());
        Expr e = binaryLoop(finishPostfix(closure, PLAIN), P_LOWEST);
        expect(TokenKind.SEMICOLON, null);
        return new Stmt.ExprStmt(e, line);
    }

    private Stmt functionDeclaration(int line) {
        Token fn = next();
        return functionDeclaration(functionRest(fn, false, FunctionDecl.Kind.FUNCTION, false), line);
    }

    private Stmt functionDeclaration(FunctionDecl decl, int line) {
        functionDeclarations.add(decl);
        return new Stmt.FunctionDeclaration(decl, line);
    }

    /**
     * The rest of a function declaration, closure or arrow function after {@code function}/
     * {@code fn} (and the '&' when {@code byRef}): name, parameters, use list, return type, body.
     */
    private FunctionDecl functionRest(Token kw, boolean byRef, FunctionDecl.Kind kind, boolean isStatic) {
        if (!byRef && atAmpersand()) {
            next();
            byRef = true;
        }
        byte[] name;
        if (kind == FunctionDecl.Kind.FUNCTION) {
            Token n = peek();
            if (n.kind() != TokenKind.T_STRING && n.kind() != TokenKind.T_READONLY) {
                throw unexpected("\"(\"");
            }
            next();
            name = n.bytes();
        } else {
            name = bytes("{closure}");
        }
        expect(TokenKind.LPAREN, "\"(\"");
        List<Param> params = parameterList();
        expect(TokenKind.RPAREN, null);
        List<ClosureUse> uses = new ArrayList<>();
        if (kind == FunctionDecl.Kind.CLOSURE && accept(TokenKind.T_USE)) {
            expect(TokenKind.LPAREN);
            do {
                if (at(TokenKind.RPAREN) && !uses.isEmpty()) {
                    break;
                }
                boolean ref = false;
                if (atAmpersand()) {
                    next();
                    ref = true;
                }
                Token v = expect(TokenKind.T_VARIABLE, ref ? "variable" : "variable or \"&\" or amp");
                uses.add(new ClosureUse(v.bytes(), ref, v.line()));
            } while (accept(TokenKind.COMMA));
            expect(TokenKind.RPAREN, "\")\"");
        }
        TypeDecl returnType = null;
        if (accept(TokenKind.COLON)) {
            int order = tokenIndex;
            returnType = typeExpr(true);
            for (Name n : returnType.types()) {
                if (n.kind() == Name.Kind.UNQUALIFIED && str(n.bytes()).equalsIgnoreCase("static")) {
                    compileError("Cannot use \"static\" when no class scope is active", returnType.line(), order);
                }
            }
        }
        FunctionContext ctx = new FunctionContext(kind == FunctionDecl.Kind.FUNCTION ? str(name) : "{closure}");
        functions.push(ctx);
        List<Stmt> body;
        int endLine;
        try {
            if (kind == FunctionDecl.Kind.ARROW_FUNCTION) {
                expect(TokenKind.T_DOUBLE_ARROW, "\"=>\"");
                int l = peek().line();
                Expr e = expr();
                body = List.of(new Stmt.Return(e, l));
                endLine = previous.endLine();
            } else {
                expect(TokenKind.LBRACE, "\"{\"");
                body = innerStatementList(TokenKind.RBRACE);
                endLine = expect(TokenKind.RBRACE, null).line();
            }
        } finally {
            functions.pop();
        }
        return new FunctionDecl(kind, name, params, returnType, byRef, uses, isStatic, body, kw.line(), endLine);
    }

    /** parameter_list, with zend_compile_params()'s shape checks. */
    private List<Param> parameterList() {
        List<Param> params = new ArrayList<>();
        List<Integer> orders = new ArrayList<>();
        Set<String> names = new HashSet<>();
        while (!at(TokenKind.RPAREN)) {
            Token start = peek();
            int order = tokenIndex;
            orders.add(order);
            switch (start.kind()) {
                case T_PUBLIC, T_PROTECTED, T_PRIVATE, T_READONLY -> throw unsupported("Constructor promotion is", start);
                case T_ATTRIBUTE -> throw unsupported("Attributes are", start);
                default -> { }
            }
            TypeDecl type = null;
            switch (start.kind()) {
                case T_VARIABLE, T_ELLIPSIS, T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG -> { }
                case QUESTION, T_ARRAY, T_CALLABLE, T_STRING, T_NAME_QUALIFIED, T_NAME_FULLY_QUALIFIED,
                     T_NAME_RELATIVE, LPAREN, T_STATIC -> type = typeExpr(false);
                default -> throw unexpected("variable");
            }
            boolean ref = false;
            if (at(TokenKind.T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG)) {
                next();
                ref = true;
            }
            boolean variadic = accept(TokenKind.T_ELLIPSIS);
            Token v = expect(TokenKind.T_VARIABLE, type == null && !ref && !variadic ? null : "variable");
            Expr def = null;
            if (accept(TokenKind.EQUALS)) {
                def = expr();
            }
            String n = str(v.bytes());
            if (!names.add(n)) {
                compileError("Redefinition of parameter $" + n, v.line(), order);
            }
            if (!params.isEmpty() && params.get(params.size() - 1).variadic()) {
                compileError("Only the last parameter can be variadic", v.line(), order);
            }
            if (variadic && def != null) {
                compileError("Variadic parameter cannot have a default value", v.line(), order);
            }
            params.add(new Param(v.bytes(), type, def, ref, variadic, start.line()));
            if (!accept(TokenKind.COMMA)) {
                if (!at(TokenKind.RPAREN)) {
                    throw unexpected("\")\"");
                }
                break;
            }
        }
        optionalBeforeRequired(params, orders);
        return params;
    }

    /**
     * zend_compile_params' deprecation: a parameter with a default before a required one is
     * implicitly required — except {@code Type $p = null}, php 5's way of writing {@code ?Type}.
     */
    private void optionalBeforeRequired(List<Param> params, List<Integer> orders) {
        int lastRequired = -1;
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).defaultValue() == null && !params.get(i).variadic()) lastRequired = i;
        }
        for (int i = 0; i < lastRequired; i++) {
            Param p = params.get(i);
            if (p.defaultValue() == null) continue;
            boolean implicitNullable = p.type() != null && !p.type().nullable()
                    && p.defaultValue() instanceof Expr.ConstFetch cf && cf.name().text().equalsIgnoreCase("null");
            if (implicitNullable) continue;
            warning(CompileDiagnostic.Level.DEPRECATED, "Optional parameter $" + str(p.name()) + " declared before required parameter $"
                    + str(params.get(lastRequired).name()) + " is implicitly treated as a required parameter", p.line(), orders.get(i));
        }
    }

    /** type_expr / type_expr_without_static: {@code T}, {@code ?T}, {@code T1|T2|...}. */
    private TypeDecl typeExpr(boolean allowStatic) {
        int line = peek().line();
        boolean nullable = accept(TokenKind.QUESTION);
        List<Name> types = new ArrayList<>();
        types.add(typeName(allowStatic));
        if (!nullable) {
            while (at(TokenKind.PIPE)) {
                next();
                types.add(typeName(allowStatic));
            }
            if (at(TokenKind.T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG)) {
                Token amp = next();
                typeName(allowStatic);
                throw unsupported("Intersection types are", amp);
            }
        }
        return new TypeDecl(types, nullable, line);
    }

    private Name typeName(boolean allowStatic) {
        Token t = peek();
        switch (t.kind()) {
            case T_ARRAY, T_CALLABLE -> {
                next();
                return new Name(t.text(), Name.Kind.UNQUALIFIED);
            }
            case T_STATIC -> {
                if (allowStatic) {
                    next();
                    return new Name(t.text(), Name.Kind.UNQUALIFIED);
                }
                throw unexpected();
            }
            case T_STRING, T_NAME_QUALIFIED, T_NAME_FULLY_QUALIFIED, T_NAME_RELATIVE -> {
                next();
                return name(t);
            }
            case LPAREN -> throw unsupported("DNF types are", t);
            default -> throw unexpected();
        }
    }

    private static Name name(Token t) {
        Name.Kind kind = switch (t.kind()) {
            case T_NAME_QUALIFIED -> Name.Kind.QUALIFIED;
            case T_NAME_FULLY_QUALIFIED -> Name.Kind.FULLY_QUALIFIED;
            case T_NAME_RELATIVE -> Name.Kind.RELATIVE;
            default -> Name.Kind.UNQUALIFIED;
        };
        return new Name(t.bytes(), kind);
    }

    // ---------------------------------------------------------------- expressions

    /** expr. */
    private Expr expr() {
        return parseExpr(P_LOWEST);
    }

    /** An expression whose binary operators all bind at least as tightly as {@code minPrec}. */
    private Expr parseExpr(int minPrec) {
        return binaryLoop(unary(), minPrec);
    }

    /** Binary precedence of the lookahead token, or -1 when it is not a binary operator. */
    private static int binaryPrecedence(TokenKind k) {
        return switch (k) {
            case T_LOGICAL_OR -> P_LOGICAL_OR;
            case T_LOGICAL_XOR -> P_LOGICAL_XOR;
            case T_LOGICAL_AND -> P_LOGICAL_AND;
            case QUESTION -> P_TERNARY;
            case T_COALESCE -> P_COALESCE;
            case T_BOOLEAN_OR -> P_BOOLEAN_OR;
            case T_BOOLEAN_AND -> P_BOOLEAN_AND;
            case PIPE -> P_BW_OR;
            case CARET -> P_BW_XOR;
            case T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG, T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG -> P_BW_AND;
            case T_IS_EQUAL, T_IS_NOT_EQUAL, T_IS_IDENTICAL, T_IS_NOT_IDENTICAL, T_SPACESHIP -> P_EQUALITY;
            case LT, T_IS_SMALLER_OR_EQUAL, GT, T_IS_GREATER_OR_EQUAL -> P_COMPARISON;
            case DOT -> P_CONCAT;
            case T_SL, T_SR -> P_SHIFT;
            case PLUS, MINUS -> P_ADDITIVE;
            case STAR, SLASH, PERCENT -> P_MULTIPLICATIVE;
            case T_INSTANCEOF -> P_INSTANCEOF;
            case T_POW -> P_POW;
            default -> -1;
        };
    }

    private static BinaryOp binaryOp(TokenKind k) {
        return switch (k) {
            case T_LOGICAL_XOR -> BinaryOp.BOOL_XOR;
            case PIPE -> BinaryOp.BW_OR;
            case CARET -> BinaryOp.BW_XOR;
            case T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG, T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG -> BinaryOp.BW_AND;
            case T_IS_EQUAL -> BinaryOp.IS_EQUAL;
            case T_IS_NOT_EQUAL -> BinaryOp.IS_NOT_EQUAL;
            case T_IS_IDENTICAL -> BinaryOp.IS_IDENTICAL;
            case T_IS_NOT_IDENTICAL -> BinaryOp.IS_NOT_IDENTICAL;
            case T_SPACESHIP -> BinaryOp.SPACESHIP;
            case LT -> BinaryOp.IS_SMALLER;
            case T_IS_SMALLER_OR_EQUAL -> BinaryOp.IS_SMALLER_OR_EQUAL;
            case GT -> BinaryOp.IS_GREATER;
            case T_IS_GREATER_OR_EQUAL -> BinaryOp.IS_GREATER_OR_EQUAL;
            case DOT -> BinaryOp.CONCAT;
            case T_SL -> BinaryOp.SL;
            case T_SR -> BinaryOp.SR;
            case PLUS -> BinaryOp.ADD;
            case MINUS -> BinaryOp.SUB;
            case STAR -> BinaryOp.MUL;
            case SLASH -> BinaryOp.DIV;
            case PERCENT -> BinaryOp.MOD;
            case T_POW -> BinaryOp.POW;
            default -> throw new AssertionError(k);
        };
    }

    /**
     * Precedence climbing over zend_language_parser.y's table: left-associative levels take
     * their right operand one level up, {@code ??} and {@code **} at the same level, and the
     * %nonassoc equality/comparison levels refuse a second operator of their level.
     */
    private Expr binaryLoop(Expr left, int minPrec) {
        int leftPrec = Integer.MAX_VALUE; // precedence of the operator that built 'left' here
        int leftOrder = tokenIndex;
        boolean leftIsBareConditional = false;
        boolean leftIsShortConditional = false;
        while (true) {
            Token op = peek();
            int prec = binaryPrecedence(op.kind());
            if (prec < 0 || prec < minPrec) {
                return left;
            }
            if ((prec == P_EQUALITY || prec == P_COMPARISON) && leftPrec == prec) {
                throw unexpected();
            }
            next();
            int line = left.line();
            boolean bareConditional = false;
            switch (op.kind()) {
                case QUESTION -> {
                    Expr then = null;
                    if (!accept(TokenKind.COLON)) {
                        then = expr();
                        expect(TokenKind.COLON, null);
                    }
                    Expr otherwise = parseExpr(P_TERNARY + 1);
                    if (leftIsBareConditional) {
                        if (!leftIsShortConditional) {
                            compileError(then != null
                                    ? "Unparenthesized `a ? b : c ? d : e` is not supported. Use either `(a ? b : c) ? d : e` or `a ? b : (c ? d : e)`"
                                    : "Unparenthesized `a ? b : c ?: d` is not supported. Use either `(a ? b : c) ?: d` or `a ? b : (c ?: d)`",
                                    line, leftOrder);
                        } else if (then != null) {
                            compileError("Unparenthesized `a ?: b ? c : d` is not supported. Use either `(a ?: b) ? c : d` or `a ?: (b ? c : d)`",
                                    line, leftOrder);
                        }
                    }
                    left = new Expr.Conditional(left, then, otherwise, line);
                    bareConditional = true;
                    leftIsShortConditional = then == null;
                }
                case T_COALESCE -> left = new Expr.Coalesce(left, parseExpr(P_COALESCE), line);
                case T_BOOLEAN_OR, T_LOGICAL_OR -> left = new Expr.BooleanOr(left, parseExpr(prec + 1), line);
                case T_BOOLEAN_AND, T_LOGICAL_AND -> left = new Expr.BooleanAnd(left, parseExpr(prec + 1), line);
                case T_POW -> left = new Expr.Binary(BinaryOp.POW, left, parseExpr(P_POW), line);
                case T_INSTANCEOF -> {
                    Token cls = peek();
                    switch (cls.kind()) {
                        case T_STRING, T_NAME_QUALIFIED, T_NAME_FULLY_QUALIFIED, T_NAME_RELATIVE -> {
                            next();
                            left = new Expr.InstanceOf(left, name(cls), line);
                        }
                        case T_STATIC, T_VARIABLE, DOLLAR, LPAREN -> throw unsupported("Objects are", cls);
                        default -> throw unexpected();
                    }
                }
                default -> left = new Expr.Binary(binaryOp(op.kind()), left, parseExpr(prec + 1), line);
            }
            leftPrec = prec;
            leftIsBareConditional = bareConditional;
        }
    }

    /** Prefix operators (and everything else via {@link #postfixExpr}). */
    private Expr unary() {
        Token t = peek();
        int line = t.line();
        int order = tokenIndex;
        switch (t.kind()) {
            case BANG -> {
                next();
                return new Expr.Unary(UnaryOp.BOOL_NOT, parseExpr(P_NOT + 1), line);
            }
            case TILDE -> {
                next();
                return new Expr.Unary(UnaryOp.BW_NOT, parseExpr(P_UNARY + 1), line);
            }
            case PLUS -> {
                next();
                return new Expr.Unary(UnaryOp.PLUS, parseExpr(P_UNARY + 1), line);
            }
            case MINUS -> {
                next();
                return new Expr.Unary(UnaryOp.MINUS, parseExpr(P_UNARY + 1), line);
            }
            case AT -> {
                next();
                return new Expr.Silence(parseExpr(P_UNARY + 1), line);
            }
            case T_INT_CAST, T_DOUBLE_CAST, T_STRING_CAST, T_ARRAY_CAST, T_OBJECT_CAST, T_BOOL_CAST, T_UNSET_CAST -> {
                next();
                Expr operand = parseExpr(P_UNARY + 1);
                CastType type = switch (t.kind()) {
                    case T_INT_CAST -> CastType.LONG;
                    case T_DOUBLE_CAST -> CastType.DOUBLE;
                    case T_STRING_CAST -> CastType.STRING;
                    case T_ARRAY_CAST -> CastType.ARRAY;
                    case T_OBJECT_CAST -> CastType.OBJECT;
                    case T_BOOL_CAST -> CastType.BOOL;
                    default -> {
                        compileError("The (unset) cast is no longer supported", line, order);
                        yield CastType.LONG;
                    }
                };
                return new Expr.Cast(type, operand, line);
            }
            case T_PRINT -> {
                next();
                return new Expr.Print(parseExpr(P_PRINT + 1), line);
            }
            case T_INC, T_DEC -> {
                next();
                Expr v = variable();
                checkWritable(v, order);
                return new Expr.IncDec(v, t.kind() == TokenKind.T_INC, true, line);
            }
            case T_NEW -> {
                next();
                Token cls = peek();
                switch (cls.kind()) {
                    case T_STRING, T_NAME_QUALIFIED, T_NAME_FULLY_QUALIFIED, T_NAME_RELATIVE -> next();
                    case T_CLASS -> throw unsupported("Anonymous classes are", cls);
                    default -> throw unsupported("new with a dynamic class name is", cls);
                }
                List<Arg> args = at(TokenKind.LPAREN) ? ((Expr.FunctionCall) call(name(cls), null, line)).args() : List.of();
                return postfix(new Expr.New(name(cls), args, line), PLAIN, false, tokenIndex);
            }
            case T_CLONE -> throw unsupported("Objects are", t);
            case T_INCLUDE, T_INCLUDE_ONCE, T_REQUIRE, T_REQUIRE_ONCE -> throw unsupported("include/require is", t);
            case T_EVAL -> throw unsupported("eval is", t);
            case T_YIELD, T_YIELD_FROM -> throw unsupported("Generators (yield) are", t);
            case T_THROW -> {
                next();
                return new Expr.Throw(parseExpr(P_LOWEST), line);
            }
            default -> {
                return postfixExpr(true);
            }
        }
    }

    /** A bison {@code variable}: the expression must end up writable-shaped, else a syntax error. */
    private Expr variable() {
        if (!canStartVariable(peek().kind())) {
            throw unexpected();
        }
        Expr e = postfixExpr(false);
        if (lastKind != VARIABLE) {
            throw unexpected();
        }
        return e;
    }

    /** simple_variable: {@code $name}, {@code $$var}, {@code ${expr}}. */
    private Expr simpleVariable() {
        Token t = peek();
        if (t.kind() == TokenKind.T_VARIABLE) {
            next();
            lastKind = VARIABLE;
            return new Expr.Variable(t.bytes(), t.line());
        }
        if (t.kind() != TokenKind.DOLLAR) {
            throw unexpected("variable or \"$\"");
        }
        next();
        Expr name;
        if (accept(TokenKind.LBRACE)) {
            name = expr();
            expect(TokenKind.RBRACE, null);
        } else {
            name = simpleVariable();
        }
        lastKind = VARIABLE;
        return new Expr.VariableVariable(name, t.line());
    }

    /**
     * A primary expression with its dereferences ({@code [..]}, calls) and, when
     * {@code allowAssign}, the assignment or ++/-- that binds directly to a variable.
     * Sets {@link #lastKind}.
     */
    private Expr postfixExpr(boolean allowAssign) {
        Token t = peek();
        int line = t.line();
        int order = tokenIndex;
        Expr e;
        int kind;
        switch (t.kind()) {
            case T_VARIABLE, DOLLAR -> {
                e = simpleVariable();
                kind = VARIABLE;
            }
            case T_LNUMBER -> {
                next();
                e = new Expr.IntLiteral((Long) t.value(), line);
                kind = PLAIN;
            }
            case T_DNUMBER -> {
                next();
                e = new Expr.FloatLiteral((Double) t.value(), line);
                kind = PLAIN;
            }
            case T_CONSTANT_ENCAPSED_STRING -> {
                next();
                e = new Expr.StringLiteral(t.bytes(), line);
                kind = DEREFERENCABLE;
            }
            case DOUBLE_QUOTE -> {
                next();
                e = new Expr.InterpolatedString(encapsList(TokenKind.DOUBLE_QUOTE), line);
                next();
                kind = DEREFERENCABLE;
            }
            case BACKQUOTE -> {
                next();
                List<Expr> parts = at(TokenKind.BACKQUOTE) ? List.of() : encapsListBackquote();
                expect(TokenKind.BACKQUOTE);
                e = new Expr.ShellExec(parts, line);
                kind = PLAIN;
            }
            case T_START_HEREDOC -> {
                e = heredoc();
                kind = PLAIN;
            }
            case T_LINE -> {
                next();
                e = new Expr.IntLiteral(line, line);
                kind = PLAIN;
            }
            case T_FILE, T_DIR, T_FUNC_C, T_METHOD_C, T_CLASS_C, T_TRAIT_C, T_NS_C -> {
                next();
                e = new Expr.StringLiteral(bytes(magicConstant(t.kind())), line);
                kind = PLAIN;
            }
            case T_STRING, T_NAME_QUALIFIED, T_NAME_FULLY_QUALIFIED, T_NAME_RELATIVE -> {
                next();
                if (at(TokenKind.LPAREN)) {
                    e = call(name(t), null, line);
                    kind = VARIABLE;
                } else if (at(TokenKind.T_PAAMAYIM_NEKUDOTAYIM)) {
                    throw unsupported("Classes are", t);
                } else {
                    e = new Expr.ConstFetch(name(t), line);
                    kind = DEREFERENCABLE;
                }
            }
            case T_ARRAY -> {
                next();
                expect(TokenKind.LPAREN);
                List<RawPair> pairs = arrayPairList(TokenKind.RPAREN);
                expect(TokenKind.RPAREN, "\")\"");
                e = toArrayLiteral(pairs, line);
                kind = DEREFERENCABLE;
            }
            case LBRACKET -> {
                next();
                List<RawPair> pairs = arrayPairList(TokenKind.RBRACKET);
                expect(TokenKind.RBRACKET, "\"]\"");
                if (allowAssign && at(TokenKind.EQUALS)) {
                    Expr target = toDestructure(pairs, false, line, order);
                    next();
                    lastKind = PLAIN;
                    return new Expr.Assign(target, parseExpr(P_ASSIGN + 1), line);
                }
                e = toArrayLiteral(pairs, line);
                kind = DEREFERENCABLE;
            }
            case T_LIST -> {
                next();
                expect(TokenKind.LPAREN);
                List<RawPair> pairs = arrayPairList(TokenKind.RPAREN);
                expect(TokenKind.RPAREN, "\")\"");
                Expr target = toDestructure(pairs, true, line, order);
                expect(TokenKind.EQUALS);
                lastKind = PLAIN;
                return new Expr.Assign(target, parseExpr(P_ASSIGN + 1), line);
            }
            case LPAREN -> {
                next();
                e = expr();
                expect(TokenKind.RPAREN, null);
                kind = DEREFERENCABLE;
            }
            case T_ISSET -> {
                e = isset();
                kind = PLAIN;
            }
            case T_EMPTY -> {
                next();
                expect(TokenKind.LPAREN);
                Expr operand = expr();
                expect(TokenKind.RPAREN, null);
                e = new Expr.Empty(operand, line);
                kind = PLAIN;
            }
            case T_EXIT -> {
                next();
                Expr status = null;
                if (accept(TokenKind.LPAREN)) {
                    if (!at(TokenKind.RPAREN)) {
                        status = expr();
                    }
                    expect(TokenKind.RPAREN, "\")\"");
                }
                e = new Expr.Exit(status, line);
                kind = PLAIN;
            }
            case T_FUNCTION -> {
                next();
                e = new Expr.Closure(functionRest(t, false, FunctionDecl.Kind.CLOSURE, false), line);
                kind = PLAIN;
            }
            case T_FN -> {
                next();
                e = new Expr.Closure(functionRest(t, false, FunctionDecl.Kind.ARROW_FUNCTION, false), line);
                kind = PLAIN;
            }
            case T_STATIC -> {
                Token t2 = peek2();
                if (t2.kind() == TokenKind.T_FUNCTION || t2.kind() == TokenKind.T_FN) {
                    next();
                    next();
                    FunctionDecl.Kind k = t2.kind() == TokenKind.T_FN ? FunctionDecl.Kind.ARROW_FUNCTION : FunctionDecl.Kind.CLOSURE;
                    e = new Expr.Closure(functionRest(t2, false, k, true), line);
                    kind = PLAIN;
                } else if (t2.kind() == TokenKind.T_PAAMAYIM_NEKUDOTAYIM) {
                    throw unsupported("Classes are", t);
                } else {
                    next();
                    throw unexpected("\"::\"");
                }
            }
            case T_MATCH -> {
                e = match();
                kind = PLAIN;
            }
            default -> throw unexpected();
        }
        return postfix(e, kind, allowAssign, order);
    }

    /** finishPostfix for an already built primary (a closure statement's continuation). */
    private Expr finishPostfix(Expr e, int kind) {
        return postfix(e, kind, true, tokenIndex);
    }

    /** Dereferences, calls, then the assignment/++/-- that a variable allows. */
    private Expr postfix(Expr e, int kind, boolean allowAssign, int order) {
        while (true) {
            Token t = peek();
            if (kind == PLAIN) {
                break;
            }
            if (t.kind() == TokenKind.LBRACKET) {
                next();
                Expr dim = at(TokenKind.RBRACKET) ? null : expr();
                expect(TokenKind.RBRACKET, "\"]\"");
                e = new Expr.Dim(e, dim, e.line());
                kind = VARIABLE;
            } else if (t.kind() == TokenKind.LBRACE) {
                next();
                Expr dim = expr();
                expect(TokenKind.RBRACE, null);
                compileError("Array and string offset access syntax with curly braces is no longer supported", e.line(), order);
                e = new Expr.Dim(e, dim, e.line());
                kind = VARIABLE;
            } else if (t.kind() == TokenKind.LPAREN) {
                e = call(null, e, e.line());
                kind = VARIABLE;
            } else if (t.kind() == TokenKind.T_OBJECT_OPERATOR || t.kind() == TokenKind.T_NULLSAFE_OBJECT_OPERATOR) {
                next();
                Token m = peek();
                if (!isIdentifier(m.kind())) throw unsupported("Dynamic property and method names are", m);
                next();
                if (!at(TokenKind.LPAREN)) throw unsupported("Property access is", m);
                List<Arg> args = ((Expr.FunctionCall) call(name(m), null, m.line())).args();
                e = new Expr.MethodCall(e, m.bytes(), args, t.kind() == TokenKind.T_NULLSAFE_OBJECT_OPERATOR, e.line());
                kind = VARIABLE;
            } else if (t.kind() == TokenKind.T_PAAMAYIM_NEKUDOTAYIM) {
                throw unsupported("Classes are", t);
            } else {
                break;
            }
        }
        lastKind = kind;
        if (kind != VARIABLE || !allowAssign) {
            return e;
        }
        Token t = peek();
        int line = e.line();
        switch (t.kind()) {
            case EQUALS -> {
                next();
                checkWritable(e, order);
                lastKind = PLAIN;
                if (atAmpersand()) {
                    next();
                    int srcOrder = tokenIndex;
                    Token s = peek();
                    if (s.kind() == TokenKind.T_NEW) {
                        throw unsupported("Objects are", s);
                    }
                    Expr source = variable();
                    if (!(source instanceof Expr.FunctionCall || source instanceof Expr.DynamicCall)) {
                        checkWritable(source, srcOrder);
                    }
                    lastKind = PLAIN;
                    return new Expr.AssignRef(e, source, line);
                }
                return new Expr.Assign(e, parseExpr(P_ASSIGN + 1), line);
            }
            case T_PLUS_EQUAL, T_MINUS_EQUAL, T_MUL_EQUAL, T_DIV_EQUAL, T_CONCAT_EQUAL, T_MOD_EQUAL, T_AND_EQUAL,
                 T_OR_EQUAL, T_XOR_EQUAL, T_SL_EQUAL, T_SR_EQUAL, T_POW_EQUAL -> {
                next();
                checkWritable(e, order);
                BinaryOp op = switch (t.kind()) {
                    case T_PLUS_EQUAL -> BinaryOp.ADD;
                    case T_MINUS_EQUAL -> BinaryOp.SUB;
                    case T_MUL_EQUAL -> BinaryOp.MUL;
                    case T_DIV_EQUAL -> BinaryOp.DIV;
                    case T_CONCAT_EQUAL -> BinaryOp.CONCAT;
                    case T_MOD_EQUAL -> BinaryOp.MOD;
                    case T_AND_EQUAL -> BinaryOp.BW_AND;
                    case T_OR_EQUAL -> BinaryOp.BW_OR;
                    case T_XOR_EQUAL -> BinaryOp.BW_XOR;
                    case T_SL_EQUAL -> BinaryOp.SL;
                    case T_SR_EQUAL -> BinaryOp.SR;
                    default -> BinaryOp.POW;
                };
                lastKind = PLAIN;
                return new Expr.CompoundAssign(op, e, parseExpr(P_ASSIGN + 1), line);
            }
            case T_COALESCE_EQUAL -> {
                next();
                checkWritable(e, order);
                lastKind = PLAIN;
                return new Expr.AssignCoalesce(e, parseExpr(P_ASSIGN + 1), line);
            }
            case T_INC, T_DEC -> {
                next();
                checkWritable(e, order);
                lastKind = PLAIN;
                return new Expr.IncDec(e, t.kind() == TokenKind.T_INC, false, line);
            }
            default -> {
                return e;
            }
        }
    }

    /**
     * zend_compile.c's write-context checks on an assignment target: a call result
     * ("Can't use function return value in write context") or a dim of a temporary
     * ("Cannot use temporary expression in write context").
     */
    private void checkWritable(Expr target, int order) {
        if (target instanceof Expr.FunctionCall || target instanceof Expr.DynamicCall) {
            compileError("Can't use function return value in write context", target.line(), order);
            return;
        }
        Expr base = target;
        while (base instanceof Expr.Dim d) {
            base = d.base();
        }
        if (base instanceof Expr.Variable || base instanceof Expr.VariableVariable
                || base instanceof Expr.FunctionCall || base instanceof Expr.DynamicCall) {
            return;
        }
        compileError("Cannot use temporary expression in write context", target.line(), order);
    }

    private String magicConstant(TokenKind k) {
        return switch (k) {
            case T_FILE -> filename;
            case T_DIR -> dirname(filename);
            case T_FUNC_C, T_METHOD_C -> functions.peek().name;
            default -> "";
        };
    }

    /** zend_dirname() as __DIR__ uses it: "." for a bare file name, "/" for a root file. */
    static String dirname(String path) {
        int end = path.length();
        while (end > 1 && path.charAt(end - 1) == '/') {
            end--;
        }
        int slash = path.lastIndexOf('/', end - 1);
        if (slash < 0) {
            return ".";
        }
        while (slash > 0 && path.charAt(slash - 1) == '/') {
            slash--;
        }
        return slash == 0 ? "/" : path.substring(0, slash);
    }

    /** isset '(' isset_variables possible_comma ')'. */
    private Expr isset() {
        int line = next().line();
        expect(TokenKind.LPAREN);
        List<Expr> vars = new ArrayList<>();
        do {
            if (at(TokenKind.RPAREN) && !vars.isEmpty()) {
                break;
            }
            int order = tokenIndex;
            Expr v = expr();
            if (!(v instanceof Expr.Variable || v instanceof Expr.VariableVariable || v instanceof Expr.Dim)) {
                compileError("Cannot use isset() on the result of an expression (you can use \"null !== expression\" instead)", v.line(), order);
            }
            vars.add(v);
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAREN, "\")\"");
        return new Expr.Isset(vars, line);
    }

    /** argument_list and zend_compile_args()'s ordering checks; callee is a name or an expression. */
    private Expr call(Name name, Expr callee, int line) {
        expect(TokenKind.LPAREN);
        List<Arg> args = new ArrayList<>();
        if (at(TokenKind.T_ELLIPSIS) && peek2().kind() == TokenKind.RPAREN) {
            next();
            next();
            return new Expr.FirstClassCallable(name, name != null ? null : callee, line);
        }
        boolean sawNamed = false;
        boolean sawUnpack = false;
        while (!at(TokenKind.RPAREN)) {
            Token t = peek();
            int order = tokenIndex;
            if (t.kind() == TokenKind.T_ELLIPSIS) {
                next();
                if (sawNamed) {
                    compileError("Cannot use argument unpacking after named arguments", t.line(), order);
                }
                sawUnpack = true;
                args.add(new Arg(null, expr(), true, t.line()));
            } else if (isIdentifier(t.kind()) && peek2().kind() == TokenKind.COLON) {
                next();
                next();
                sawNamed = true;
                args.add(new Arg(t.text(), expr(), false, t.line()));
            } else {
                Expr v = expr();
                if (sawUnpack) {
                    compileError("Cannot use positional argument after argument unpacking", v.line(), order);
                } else if (sawNamed) {
                    compileError("Cannot use positional argument after named argument", v.line(), order);
                }
                args.add(new Arg(null, v, false, v.line()));
            }
            if (!accept(TokenKind.COMMA)) {
                break;
            }
        }
        expect(TokenKind.RPAREN, "\")\"");
        return name != null ? new Expr.FunctionCall(name, args, line) : new Expr.DynamicCall(callee, args, line);
    }

    /** identifier: T_STRING or any semi-reserved keyword (named arguments accept both). */
    private static boolean isIdentifier(TokenKind k) {
        if (k == TokenKind.T_STRING) {
            return true;
        }
        String n = k.bisonName;
        return n.startsWith("\"'") && Character.isLetter(n.charAt(2)) || n.startsWith("\"'__");
    }

    /** match '(' expr ')' '{' match_arm_list '}'. */
    private Expr match() {
        int line = next().line();
        expect(TokenKind.LPAREN, "\"(\"");
        Expr subject = expr();
        expect(TokenKind.RPAREN, null);
        expect(TokenKind.LBRACE, "\"{\"");
        List<MatchArm> arms = new ArrayList<>();
        boolean sawDefault = false;
        while (!at(TokenKind.RBRACE)) {
            Token t = peek();
            int order = tokenIndex;
            List<Expr> conds = null;
            if (!canStartExpr(t.kind()) && t.kind() != TokenKind.T_DEFAULT) {
                throw unexpected("\"}\"");
            }
            if (at(TokenKind.T_DEFAULT)) {
                next();
                if (sawDefault) {
                    compileError("Match expressions may only contain one default arm", t.line(), order);
                }
                sawDefault = true;
                accept(TokenKind.COMMA);
            } else {
                conds = new ArrayList<>();
                do {
                    if (at(TokenKind.T_DOUBLE_ARROW) && !conds.isEmpty()) {
                        break;
                    }
                    conds.add(expr());
                } while (accept(TokenKind.COMMA));
            }
            expect(TokenKind.T_DOUBLE_ARROW);
            arms.add(new MatchArm(conds, expr(), t.line()));
            if (!accept(TokenKind.COMMA)) {
                break;
            }
        }
        expect(TokenKind.RBRACE, "\"}\"");
        return new Expr.Match(subject, arms, line);
    }

    // ---------------------------------------------------------------- arrays and destructuring

    /** One array_pair as parsed, before it is known to be a literal or a destructuring. */
    private record RawPair(Expr key, Expr value, boolean byRef, boolean unpack, boolean nestedList, int line, int order) {}

    /** array_pair_list up to {@code end}; null entries are empty elements (trailing one dropped). */
    private List<RawPair> arrayPairList(TokenKind end) {
        List<RawPair> pairs = new ArrayList<>();
        while (true) {
            if (at(end)) {
                pairs.add(null);
                break;
            }
            if (at(TokenKind.COMMA)) {
                next();
                pairs.add(null);
                continue;
            }
            pairs.add(arrayPair());
            if (!accept(TokenKind.COMMA)) {
                break;
            }
            if (at(end)) {
                break;
            }
        }
        if (!pairs.isEmpty() && pairs.get(pairs.size() - 1) == null) {
            pairs.remove(pairs.size() - 1);
        }
        return pairs;
    }

    /** array_pair: {@code expr}, {@code key => expr}, {@code [key =>] &var}, {@code ...expr}, nested list(). */
    private RawPair arrayPair() {
        Token t = peek();
        int order = tokenIndex;
        if (t.kind() == TokenKind.T_ELLIPSIS) {
            next();
            return new RawPair(null, expr(), false, true, false, t.line(), order);
        }
        Expr key = null;
        Expr first = null;
        if (!atAmpersand() && !at(TokenKind.T_LIST)) {
            first = expr();
            if (!accept(TokenKind.T_DOUBLE_ARROW)) {
                return new RawPair(null, first, false, false, false, t.line(), order);
            }
            key = first;
        }
        if (atAmpersand()) {
            next();
            Expr v = variable();
            if (!at(TokenKind.COMMA) && !at(TokenKind.RBRACKET) && !at(TokenKind.RPAREN) && previous.kind() == TokenKind.T_VARIABLE) {
                throw unexpected(EXPECTING_VARIABLE_TAIL);
            }
            return new RawPair(key, v, true, false, false, t.line(), order);
        }
        if (at(TokenKind.T_LIST)) {
            Token l = next();
            expect(TokenKind.LPAREN);
            List<RawPair> inner = arrayPairList(TokenKind.RPAREN);
            expect(TokenKind.RPAREN, "\")\"");
            return new RawPair(key, toDestructure(inner, true, l.line(), order), false, false, true, t.line(), order);
        }
        return new RawPair(key, expr(), false, false, false, t.line(), order);
    }

    private Expr toArrayLiteral(List<RawPair> pairs, int line) {
        List<ArrayItem> items = new ArrayList<>();
        for (RawPair p : pairs) {
            if (p == null) {
                items.add(null);
                continue;
            }
            if (p.nestedList()) {
                compileError("Cannot use list() as standalone expression", line, p.order());
            }
            items.add(new ArrayItem(p.key(), p.value(), p.byRef(), p.unpack(), p.line()));
        }
        Expr.ArrayLiteral literal = new Expr.ArrayLiteral(items, line);
        if (items.contains(null)) emptyElementLiterals.put(literal, tokenIndex);
        return literal;
    }

    /** zend_compile_list_assign()'s view of an array_pair_list: targets, keys, and its checks. */
    private Expr toDestructure(List<RawPair> pairs, boolean listSyntax, int line, int order) {
        List<DestructureItem> items = new ArrayList<>();
        boolean keyed = false;
        boolean unkeyed = false;
        boolean any = false;
        for (RawPair p : pairs) {
            if (p == null) {
                items.add(null);
                continue;
            }
            any = true;
            if (p.unpack()) {
                compileError("Spread operator is not supported in assignments", line, order);
                continue;
            }
            if (p.key() != null) {
                keyed = true;
            } else {
                unkeyed = true;
            }
            Expr target = p.value();
            if (target instanceof Expr.ArrayLiteral a) {
                target = toDestructure(literalToPairs(a), false, a.line(), p.order());
            }
            if (target instanceof Expr.Destructure nested && nested.listSyntax() != listSyntax) {
                compileError("Cannot mix [] and list()", line, p.order());
            } else if (target instanceof Expr.FunctionCall || target instanceof Expr.DynamicCall) {
                compileError("Can't use function return value in write context", line, p.order());
            } else if (!(target instanceof Expr.Variable || target instanceof Expr.VariableVariable
                    || target instanceof Expr.Dim || target instanceof Expr.Destructure)) {
                compileError("Assignments can only happen to writable values", line, p.order());
            } else if (target instanceof Expr.Dim) {
                checkWritable(target, p.order());
            }
            items.add(new DestructureItem(p.key(), target, p.byRef(), p.line()));
        }
        if (!any) {
            compileError("Cannot use empty list", line, order);
        }
        if (keyed && unkeyed) {
            compileError("Cannot mix keyed and unkeyed array entries in assignments", line, order);
        }
        return new Expr.Destructure(items, listSyntax, line);
    }

    /** A nested {@code [..]} inside a destructuring was parsed as a literal: back to pairs. */
    private List<RawPair> literalToPairs(Expr.ArrayLiteral a) {
        emptyElementLiterals.remove(a);
        List<RawPair> pairs = new ArrayList<>();
        for (ArrayItem i : a.items()) {
            if (i == null) {
                pairs.add(null);
                continue;
            }
            pairs.add(new RawPair(i.key(), i.value(), i.byRef(), i.unpack(), false, i.line(), Integer.MAX_VALUE));
        }
        return pairs;
    }

    // ---------------------------------------------------------------- interpolation

    /** T_START_HEREDOC ... T_END_HEREDOC. */
    private Expr heredoc() {
        Token start = next();
        int line = start.line();
        if (accept(TokenKind.T_END_HEREDOC)) {
            return new Expr.StringLiteral(new byte[0], line);
        }
        if (at(TokenKind.T_ENCAPSED_AND_WHITESPACE)) {
            Token text = next();
            if (accept(TokenKind.T_END_HEREDOC)) {
                return new Expr.StringLiteral(text.bytes(), line);
            }
            List<Expr> parts = new ArrayList<>();
            parts.add(new Expr.StringLiteral(text.bytes(), text.line()));
            if (!isEncapsVarStart(peek().kind())) {
                throw unexpected("variable or heredoc end or \"${\" or \"{$\"");
            }
            parts.addAll(encapsList(TokenKind.T_END_HEREDOC));
            next();
            return new Expr.InterpolatedString(parts, line);
        }
        List<Expr> parts = encapsList(TokenKind.T_END_HEREDOC);
        next();
        return new Expr.InterpolatedString(parts, line);
    }

    private static boolean isEncapsVarStart(TokenKind k) {
        return k == TokenKind.T_VARIABLE || k == TokenKind.T_DOLLAR_OPEN_CURLY_BRACES || k == TokenKind.T_CURLY_OPEN;
    }

    private List<Expr> encapsListBackquote() {
        if (at(TokenKind.T_ENCAPSED_AND_WHITESPACE)) {
            Token text = next();
            if (at(TokenKind.BACKQUOTE)) {
                return List.of(new Expr.StringLiteral(text.bytes(), text.line()));
            }
            List<Expr> parts = new ArrayList<>();
            parts.add(new Expr.StringLiteral(text.bytes(), text.line()));
            if (!isEncapsVarStart(peek().kind())) {
                throw unexpected("variable or \"`\" or \"${\" or \"{$\"");
            }
            parts.addAll(encapsList(TokenKind.BACKQUOTE));
            return parts;
        }
        return encapsList(TokenKind.BACKQUOTE);
    }

    /** encaps_list up to (not consuming) {@code end}. */
    private List<Expr> encapsList(TokenKind end) {
        List<Expr> parts = new ArrayList<>();
        boolean sawVar = false;
        while (true) {
            Token t = peek();
            int order = tokenIndex;
            if (t.kind() == end && sawVar) {
                return parts;
            }
            switch (t.kind()) {
                case T_ENCAPSED_AND_WHITESPACE -> {
                    next();
                    parts.add(new Expr.StringLiteral(t.bytes(), t.line()));
                    if (!sawVar && !isEncapsVarStart(peek().kind())) {
                        throw unexpected("variable or \"${\" or \"{$\"");
                    }
                }
                case T_VARIABLE -> {
                    next();
                    Expr v = new Expr.Variable(t.bytes(), t.line());
                    if (at(TokenKind.LBRACKET)) {
                        next();
                        Expr offset = encapsVarOffset();
                        expect(TokenKind.RBRACKET);
                        v = new Expr.Dim(v, offset, t.line());
                    } else if (at(TokenKind.T_OBJECT_OPERATOR) || at(TokenKind.T_NULLSAFE_OBJECT_OPERATOR)) {
                        throw unsupported("Objects are", peek());
                    }
                    parts.add(v);
                }
                case T_DOLLAR_OPEN_CURLY_BRACES -> {
                    next();
                    if (at(TokenKind.T_STRING_VARNAME)) {
                        Token n = next();
                        Expr v = new Expr.Variable(n.bytes(), n.line());
                        if (accept(TokenKind.LBRACKET)) {
                            Expr dim = expr();
                            expect(TokenKind.RBRACKET);
                            v = new Expr.Dim(v, dim, n.line());
                        }
                        expect(TokenKind.RBRACE);
                        warning(CompileDiagnostic.Level.DEPRECATED,
                                "Using ${var} in strings is deprecated, use {$var} instead", t.line(), order);
                        parts.add(v);
                    } else {
                        Expr name = expr();
                        expect(TokenKind.RBRACE, null);
                        warning(CompileDiagnostic.Level.DEPRECATED,
                                "Using ${expr} (variable variables) in strings is deprecated, use {${expr}} instead", t.line(), order);
                        parts.add(new Expr.VariableVariable(name, t.line()));
                    }
                }
                case T_CURLY_OPEN -> {
                    next();
                    Expr v = variable();
                    expectAfterVariable(TokenKind.RBRACE);
                    parts.add(v);
                }
                default -> throw unexpected();
            }
            sawVar |= t.kind() != TokenKind.T_ENCAPSED_AND_WHITESPACE;
        }
    }

    /** encaps_var_offset: T_STRING, T_NUM_STRING, '-' T_NUM_STRING, T_VARIABLE. */
    private Expr encapsVarOffset() {
        Token t = peek();
        String expecting = "\"-\" or identifier or variable or number";
        switch (t.kind()) {
            case T_STRING -> {
                next();
                return new Expr.StringLiteral(t.bytes(), t.line());
            }
            case T_NUM_STRING -> {
                next();
                return numString(t, false);
            }
            case MINUS -> {
                next();
                Token n = expect(TokenKind.T_NUM_STRING);
                return numString(n, true);
            }
            case T_VARIABLE -> {
                next();
                return new Expr.Variable(t.bytes(), t.line());
            }
            default -> throw unexpected(expecting);
        }
    }

    private static Expr numString(Token t, boolean negative) {
        if (t.value() instanceof Long l) {
            return new Expr.IntLiteral(negative ? -l : l, t.line());
        }
        byte[] text = t.bytes();
        if (!negative) {
            return new Expr.StringLiteral(text, t.line());
        }
        byte[] neg = new byte[text.length + 1];
        neg[0] = '-';
        System.arraycopy(text, 0, neg, 1, text.length);
        return new Expr.StringLiteral(neg, t.line());
    }
}
