package jzend.zend.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jzend.zend.compile.ast.AstPrinter;
import jzend.zend.compile.ast.Expr;
import jzend.zend.compile.ast.Stmt;

class ZendLanguageParserTest {

    private static ParsedScript parse(String src) {
        return ZendLanguageParser.parse(src.getBytes(StandardCharsets.ISO_8859_1), "/srv/app/t.php");
    }

    private static String ast(String src) {
        return AstPrinter.print(parse(src).statements()).strip();
    }

    /** The S-expression of one expression statement {@code <?php EXPR;}. */
    private static String expr(String e) {
        return ast("<?php " + e + ";");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ~> ", value = {
        "1 + 2 * 3 ~> (+ 1 (* 2 3))",
        "1 * 2 + 3 ~> (+ (* 1 2) 3)",
        "1 - 2 - 3 ~> (- (- 1 2) 3)",
        "2 ** 3 ** 2 ~> (** 2 (** 3 2))",
        "-2 ** 2 ~> (- (** 2 2))",
        "-$a * 2 ~> (* (- $a) 2)",
        "$s . 1 + 2 ~> (. $s (+ 1 2))",
        "1 + 2 . $s ~> (. (+ 1 2) $s)",
        "1 << 2 . $s ~> (. (<< 1 2) $s)",
        "1 + 2 << 3 ~> (<< (+ 1 2) 3)",
        "$a . $b == $c ~> (== (. $a $b) $c)",
        "$a < $b == $c > $d ~> (== (< $a $b) (> $c $d))",
        "$a & $b ^ $c | $d ~> (| (^ (& $a $b) $c) $d)",
        "$a == $b & $c ~> (& (== $a $b) $c)",
        "$a && $b || $c && $d ~> (|| (&& $a $b) (&& $c $d))",
        "$a | $b && $c ~> (&& (| $a $b) $c)",
        "$a ?? $b ?? $c ~> (?? $a (?? $b $c))",
        "$a || $b ?? $c ~> (?? (|| $a $b) $c)",
        "$a ?? $b ? 1 : 2 ~> (? (?? $a $b) 1 2)",
        "$a ? $b : ($c ? 1 : 2) ~> (? $a $b (? $c 1 2))",
        "$a ? $b ? 1 : 2 : 3 ~> (? $a (? $b 1 2) 3)",
        "$a ?: $b ?: $c ~> (?: (?: $a $b) $c)",
        "$a = $b = 3 ~> (= $a (= $b 3))",
        "$a = 1 and 2 ~> (&& (= $a 1) 2)",
        "$a = 1 && 2 ~> (= $a (&& 1 2))",
        "$a or $b xor $c and $d ~> (|| $a (xor $b (&& $c $d)))",
        "$a += $b ? 1 : 2 ~> (+= $a (? $b 1 2))",
        "!$a instanceof B ~> (! (instanceof $a B))",
        "!$a + 1 ~> (+ (! $a) 1)",
        "!$a = 1 ~> (! (= $a 1))",
        "$x + $a = 1 ~> (+ $x (= $a 1))",
        "(int) $a ** 2 ~> (cast int (** $a 2))",
        "(string) $a . $b ~> (. (cast string $a) $b)",
        "@$a + 1 ~> (+ (@ $a) 1)",
        "print $a and $b ~> (&& (print $a) $b)",
        "$a . print $b . $c ~> (. $a (print (. $b $c)))",
        "-$a++ ~> (- (post++ $a))",
        "++$a[0] + 1 ~> (+ (pre++ (dim $a 0)) 1)",
        "$a =& $b ~> (=& $a $b)",
        "$a = &$b[1] ~> (=& $a (dim $b 1))",
        "$a ??= $b ?? $c ~> (??= $a (?? $b $c))",
        "$a <=> $b < $c ~> (<=> $a (< $b $c))",
        "1 % 2 * 3 / 4 ~> (/ (* (% 1 2) 3) 4)",
        "~$a ** 2 ~> (~ (** $a 2))",
        "$a instanceof \\B ~> (instanceof $a \\B)",
        "fn($x) => $x or $y ~> (fn (params $x) (body (return (|| $x $y))))",
    })
    void precedenceAndAssociativity(String php, String sexpr) {
        assertEquals(sexpr, expr(php));
    }

    @Test
    void echoPrintAndInlineHtml() {
        assertEquals("(html \"a\\x0A\")\n(echo 1 \"b\")\n(echo $x)\n(html \"c\")", ast("a\n<?php echo 1, 'b' ?>\n<?= $x ?>c"));
    }

    @Test
    void arraysAndDestructuring() {
        assertEquals("(= $a (array 1 (=> \"k\" 2) (array 3) (... $b) &$c (=> 4 &$d)))",
                expr("$a = [1, 'k' => 2, array(3), ...$b, &$c, 4 => &$d,]"));
        assertEquals("(= ([list] $a _ ([list] $b &$c)) $d)", expr("[$a, , [$b, &$c]] = $d"));
        assertEquals("(= (list (=> \"x\" $a) (=> \"y\" (list $b))) $d)", expr("list('x' => $a, 'y' => list($b)) = $d"));
        assertEquals("(= (dim $a) 1)", expr("$a[] = 1"));
        assertEquals("(= (dim (dim $a 1)) 1)", expr("$a[1][] = 1"));
    }

    @Test
    void callsAndArguments() {
        assertEquals("(call f 1 (... $c) (named b 2))", expr("f(1, ...$c, b: 2)"));
        assertEquals("(call \\strlen \"x\")", expr("\\strlen('x')"));
        assertEquals("(call (call f) 2)", expr("f()(2)"));
        assertEquals("(call $f 1)", expr("$f(1)"));
        assertEquals("(call (dim $a 0))", expr("$a[0]()"));
        assertEquals("(call \"strlen\" \"x\")", expr("'strlen'('x')"));
        assertEquals("(call f (named list 1) (named array 2))", expr("f(list: 1, array: 2)"));
        assertEquals("(dim (const PHP_EOL) 0)", expr("PHP_EOL[0]"));
    }

    @Test
    void controlFlow() {
        assertEquals("(if (cond $a (then (echo 1))) (elseif $b (then (echo 2))) (else (if (cond $c (then (echo 3))) (else (echo 4)))))",
                ast("<?php if ($a) echo 1; elseif ($b) { echo 2; } else if ($c) echo 3; else echo 4;"));
        assertEquals("(if (cond $a (then (echo 1))) (elseif $b (then)) (else (echo 3)))",
                ast("<?php if ($a): echo 1; elseif ($b): else: echo 3; endif;"));
        assertEquals("(while $a (do (break 1)))", ast("<?php while ($a): break; endwhile;"));
        assertEquals("(do-while (do (post-- $a)) (> $a 0))", ast("<?php do { $a--; } while ($a > 0);"));
        assertEquals("(for (init (= $i 0) (= $j 1)) (cond (< $i 10)) (step (post++ $i)) (do (continue 1)))",
                ast("<?php for ($i = 0, $j = 1; $i < 10; $i++) continue;"));
        assertEquals("(for (init) (cond) (step) (do))", ast("<?php for (;;);"));
        assertEquals("(foreach $a key:$k &$v (do))", ast("<?php foreach ($a as $k => &$v) {}"));
        assertEquals("(foreach $a ([list] (=> \"a\" $x) (=> 1 $y)) (do))", ast("<?php foreach ($a as ['a' => $x, 1 => $y]) {}"));
        assertEquals("(switch $a (case 1) (case 2 (echo 1) (break 1)) (default (echo 2)))",
                ast("<?php switch ($a) { case 1; case 2: echo 1; break; default: echo 2; }"));
        assertEquals("(while 1 (do (switch 1 (case 1 (continue 2)))))", ast("<?php while (1) switch (1) { case 1: continue 2; }"));
        assertEquals("(= $r (match $a (arm (1 2) \"x\") (default \"y\")))", expr("$r = match ($a) { 1, 2 => 'x', default => 'y', }"));
    }

    @Test
    void functionsAndClosures() {
        assertEquals("(function & g (params int $a ?string $b=(const null) int|string &$c ...$d) : ?array (body (return)))",
                ast("<?php function &g(int $a, ?string $b = null, int|string &$c, ...$d): ?array { return; }"));
        assertEquals("(= $f (closure (params) (use $a &$b) : void (body (static $x=1 $y) (global $z ($ $w)))))",
                expr("$f = function () use ($a, &$b): void { static $x = 1, $y; global $z, $$w; }"));
        assertEquals("(= $f (closure static & (params $x) (body)))", expr("$f = static function &($x) {}"));
        assertEquals("(= $f (fn static (params int ...$xs) : int (body (return (call array_sum $xs)))))",
                expr("$f = static fn(int ...$xs): int => array_sum($xs)"));
        Stmt.FunctionDeclaration f = assertInstanceOf(Stmt.FunctionDeclaration.class, parse("<?php\nfunction f()\n{\n}\n").statements().get(0));
        assertEquals(2, f.decl().line());
        assertEquals(4, f.decl().endLine());
    }

    @Test
    void magicConstantsAreResolved() {
        assertEquals("(echo 2 \"/srv/app/t.php\" \"/srv/app\" \"\")", ast("<?php\necho __LINE__, __FILE__, __DIR__, __FUNCTION__;"));
        assertEquals("(function f (params) (body (echo \"f\" \"f\") (closure (params) (body (echo \"{closure}\")))))",
                ast("<?php function f() { echo __FUNCTION__, __METHOD__; function () { echo __FUNCTION__; }; }"));
        assertEquals(".", ZendLanguageParser.dirname("t.php"));
        assertEquals("/", ZendLanguageParser.dirname("/t.php"));
        assertEquals("/a/b", ZendLanguageParser.dirname("/a/b/t.php"));
    }

    @Test
    void stringsAndInterpolation() {
        assertEquals("(echo (encaps \"a \" $b \" \" (dim $c 0) (dim $d \"k\") (dim $e -1) (dim $f \"01\") (dim $g $h) $i ($ (. \"j\" 1)) (dim $k 1)))",
                ast("<?php echo \"a $b $c[0]$d[k]$e[-1]$f[01]$g[$h]{$i}${'j' . 1}{$k[1]}\";"));
        assertEquals("(echo \"x\\x0Ay\" (encaps \"a\\x0A\" $b \"\") \"\" (shell \"ls \" $d))",
                ast("<?php echo <<<A\n  x\n  y\n  A, <<<B\na\n$b\nB, <<<C\nC, `ls $d`;"));
        assertEquals("(echo (const true) (const FALSE) (const Null))", ast("<?php echo true, FALSE, Null;"));
    }

    @Test
    void declareStrictTypesIsRecorded() {
        ParsedScript s = parse("<?php declare(strict_types=1);\necho 1;");
        assertTrue(s.strictTypes());
        assertEquals("(declare strict_types=1)\n(echo 1)", AstPrinter.print(s.statements()).strip());
        assertFalse(parse("<?php declare(strict_types=0);").strictTypes());
        assertFalse(parse("<?php echo 1;").strictTypes());
    }

    @Test
    void haltCompilerStopsParsingAndRecordsTheDataOffset() {
        ParsedScript s = parse("<?php echo 1; __halt_compiler(); }{ junk");
        assertEquals(32, s.haltCompilerOffset());
        assertEquals(1, s.statements().size());
        assertEquals(-1, parse("<?php echo 1;").haltCompilerOffset());
    }

    @Test
    void nodesCarryTheirStartLine() {
        ParsedScript s = parse("<?php\n\necho\n  $a +\n\n  $b;\n$c = [\n1,\n$d];");
        Stmt.Echo echo = assertInstanceOf(Stmt.Echo.class, s.statements().get(0));
        assertEquals(3, echo.line());
        Expr.Binary sum = assertInstanceOf(Expr.Binary.class, echo.exprs().get(0));
        assertEquals(4, sum.line());
        assertEquals(6, sum.right().line());
        Expr.Assign a = assertInstanceOf(Expr.Assign.class, ((Stmt.ExprStmt) s.statements().get(1)).expr());
        assertEquals(9, ((Expr.ArrayLiteral) a.value()).items().get(1).value().line());
    }

    @Test
    void diagnosticsAreReturnedWithTheScript() {
        ParsedScript s = parse("<?php\n\"${a}\";\n\"\\400\";\nswitch (1) { case 1: continue; }");
        assertEquals(3, s.diagnostics().size());
        assertEquals("Octal escape sequence overflow \\400 is greater than \\377", s.diagnostics().get(0).message());
        assertEquals(CompileDiagnostic.Level.DEPRECATED, s.diagnostics().get(1).level());
        assertEquals("\nWarning: \"continue\" targeting switch is equivalent to \"break\" in f.php on line 4\n",
                s.diagnostics().get(2).displayForm("f.php"));
    }

    @Test
    void errorFormsMatchPhp() {
        ParseError e = assertThrows(ParseError.class, () -> parse("<?php\nif (1) {\necho 1\n}"));
        assertEquals("syntax error, unexpected token \"}\", expecting \",\" or \";\"", e.getMessage());
        assertEquals(4, e.line());
        assertEquals(ParseError.Kind.PARSE, e.kind());
        assertEquals("\nParse error: syntax error, unexpected token \"}\", expecting \",\" or \";\" in /x/f.php on line 4\n",
                e.displayForm("/x/f.php"));
        assertEquals("PHP Parse error:  syntax error, unexpected token \"}\", expecting \",\" or \";\" in /x/f.php on line 4",
                e.logForm("/x/f.php"));
        assertEquals(0, e.getStackTrace().length);
        ParseError f = assertThrows(ParseError.class, () -> parse("<?php break;"));
        assertEquals(ParseError.Kind.COMPILE, f.kind());
        assertEquals("PHP Fatal error:  'break' not in the 'loop' or 'switch' context in f.php on line 1", f.logForm("f.php"));
    }

    @Test
    void unexpectedNonAsciiBytesAreQuotedAsBytes() {
        ParseError e = assertThrows(ParseError.class,
                () -> ZendLanguageParser.parse(new byte[] {'<', '?', 'p', 'h', 'p', ' ', '1', ' ', (byte) 0xE9, 'x', ';'}, "t.php"));
        assertEquals("syntax error, unexpected identifier \"\u00e9x\"", e.getMessage());
        byte[] msg = e.messageBytes();
        assertEquals((byte) 0xE9, msg[msg.length - 3]);
        ParseError bad = assertThrows(ParseError.class,
                () -> ZendLanguageParser.parse(new byte[] {'<', '?', 'p', 'h', 'p', ' ', 1}, "t.php"));
        assertEquals("syntax error, unexpected character 0x01, expecting end of file", bad.getMessage());
    }
}
