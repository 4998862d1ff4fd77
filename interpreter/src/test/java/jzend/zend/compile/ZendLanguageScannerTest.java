package jzend.zend.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ZendLanguageScannerTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** token_get_all()-like listing: kind (or 'c' for single chars) and line, parser-mode scanning. */
    private static String tokens(String src) {
        ZendLanguageScanner s = new ZendLanguageScanner(b(src), ZendLanguageScanner.Options.DEFAULT);
        s.setParserMode(true);
        List<String> out = new ArrayList<>();
        while (true) {
            Token t = s.next();
            if (t.kind() == TokenKind.END) {
                break;
            }
            String name = t.kind().name();
            if (t.kind().bisonName.startsWith("'") && t.kind().bisonName.length() == 3) {
                name = t.kind().bisonName;
            }
            out.add(name + "@" + t.line());
        }
        return String.join(" ", out);
    }

    /** The value of the only T_CONSTANT_ENCAPSED_STRING / T_ENCAPSED_AND_WHITESPACE in {@code src}. */
    private static byte[] stringValue(byte[] src) {
        ZendLanguageScanner s = new ZendLanguageScanner(src, ZendLanguageScanner.Options.DEFAULT);
        s.setParserMode(true);
        for (Token t = s.next(); t.kind() != TokenKind.END; t = s.next()) {
            if (t.kind() == TokenKind.T_CONSTANT_ENCAPSED_STRING || t.kind() == TokenKind.T_ENCAPSED_AND_WHITESPACE) {
                return t.bytes();
            }
        }
        throw new AssertionError("no string token");
    }

    private static Object numberValue(String literal) {
        ZendLanguageScanner s = new ZendLanguageScanner(b("<?php " + literal), ZendLanguageScanner.Options.DEFAULT);
        s.next();
        return s.next().value();
    }

    @Test
    void openTagsInlineHtmlAndCloseTagEatsOneNewline() {
        assertEquals("T_INLINE_HTML@1 T_OPEN_TAG@2 T_ECHO@3 T_WHITESPACE@3 T_LNUMBER@3 T_CLOSE_TAG@3 T_INLINE_HTML@4",
                tokens("a\n<?php\necho 1?>\nb\n"));
        assertEquals("T_OPEN_TAG_WITH_ECHO@1 T_VARIABLE@1 T_WHITESPACE@1 T_CLOSE_TAG@1", tokens("<?=$x ?>"));
        assertEquals("T_OPEN_TAG@1 T_ECHO@1", tokens("<?echo"));
        assertEquals("T_OPEN_TAG@1", tokens("<?php"));
        assertEquals("T_OPEN_TAG@1 T_WHITESPACE@2", tokens("<?PhP\r\n\n"));
    }

    @Test
    void shortTagsOffMakesTextOfShortOpenTag() {
        ZendLanguageScanner s = new ZendLanguageScanner(b("<? echo 1; <?php echo"), new ZendLanguageScanner.Options(false, false));
        Token t = s.next();
        assertEquals(TokenKind.T_INLINE_HTML, t.kind());
        assertEquals("<? echo 1; ", t.textAsString());
        assertEquals(TokenKind.T_OPEN_TAG, s.next().kind());
    }

    @Test
    void shebangLineIsSkippedOnlyWhenAsked() {
        ZendLanguageScanner cli = new ZendLanguageScanner(b("#!/usr/bin/php\n<?php x"), ZendLanguageScanner.Options.CLI);
        Token open = cli.next();
        assertEquals(TokenKind.T_OPEN_TAG, open.kind());
        assertEquals(2, open.line());
        ZendLanguageScanner plain = new ZendLanguageScanner(b("#!/usr/bin/php\n<?php x"), ZendLanguageScanner.Options.DEFAULT);
        assertEquals(TokenKind.T_INLINE_HTML, plain.next().kind());
    }

    @Test
    void commentsEndAtNewlineOrCloseTag() {
        assertEquals("T_OPEN_TAG@1 T_COMMENT@1 T_CLOSE_TAG@1 T_INLINE_HTML@1", tokens("<?php // a ?>b"));
        assertEquals("T_OPEN_TAG@1 T_COMMENT@1 T_WHITESPACE@1 T_COMMENT@2 T_WHITESPACE@2 T_DOC_COMMENT@3 T_WHITESPACE@4 T_ATTRIBUTE@5 ']'@5",
                tokens("<?php # a\n/* b */\n/** c\n */\n#[]"));
    }

    @Test
    void keywordsAreCaseInsensitiveAndNamesQualified() {
        assertEquals("T_OPEN_TAG@1 T_ECHO@1 T_WHITESPACE@1 T_IF@1 T_WHITESPACE@1 T_FUNCTION@1 T_WHITESPACE@1 T_EXIT@1 T_WHITESPACE@1 T_EXIT@1 T_WHITESPACE@1 T_LOGICAL_AND@1",
                tokens("<?php EcHo If FUNCTION die Exit AND"));
        assertEquals("T_OPEN_TAG@1 T_NAME_FULLY_QUALIFIED@1 T_WHITESPACE@1 T_NAME_QUALIFIED@1 T_WHITESPACE@1 T_NAME_RELATIVE@1 T_WHITESPACE@1 T_NS_SEPARATOR@1",
                tokens("<?php \\strlen a\\b namespace\\c \\"));
        assertEquals("T_OPEN_TAG@1 T_LINE@1 T_WHITESPACE@1 T_FILE@1 T_WHITESPACE@1 T_DIR@1 T_WHITESPACE@1 T_FUNC_C@1",
                tokens("<?php __line__ __FILE__ __DIR__ __FUNCTION__"));
        assertEquals("T_OPEN_TAG@1 T_YIELD_FROM@1 T_WHITESPACE@2 T_STRING@2 ';'@2 T_ENUM@2 T_WHITESPACE@2 T_STRING@2",
                tokens("<?php yield\nfrom enum;enum A"));
    }

    @Test
    void operatorsAndCasts() {
        assertEquals("T_OPEN_TAG@1 T_IS_NOT_IDENTICAL@1 T_SPACESHIP@1 T_POW_EQUAL@1 T_COALESCE_EQUAL@1 T_SL_EQUAL@1 T_ELLIPSIS@1 T_IS_NOT_EQUAL@1 T_DOUBLE_ARROW@1 T_PAAMAYIM_NEKUDOTAYIM@1",
                tokens("<?php !==<=>**=??=<<=...<>=>::"));
        assertEquals("T_OPEN_TAG@1 T_INT_CAST@1 T_INT_CAST@1 T_DOUBLE_CAST@1 T_DOUBLE_CAST@1 T_STRING_CAST@1 T_BOOL_CAST@1 T_BOOL_CAST@1 T_ARRAY_CAST@1 T_UNSET_CAST@1 '('@1 T_STRING@1 ')'@1",
                tokens("<?php (int)( integer\t)(float)(double)(string)(bool)(boolean)(array)(unset)(foo)"));
        assertEquals("T_OPEN_TAG@1 T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG@1 T_VARIABLE@1 T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG@1 T_STRING@1 T_BOOLEAN_AND@1",
                tokens("<?php &$a&b&&"));
    }

    @Test
    void integerLiteralsAndOverflowToFloat() {
        assertEquals(1000L, numberValue("1_000"));
        assertEquals(31L, numberValue("0x1F"));
        assertEquals(31L, numberValue("0X1f"));
        assertEquals(5L, numberValue("0b101"));
        assertEquals(15L, numberValue("0o17"));
        assertEquals(15L, numberValue("017"));
        assertEquals(Long.MAX_VALUE, numberValue("9223372036854775807"));
        assertEquals(9.223372036854775808E18, numberValue("9223372036854775808"));
        assertEquals(1.8446744073709552E19, numberValue("0xFFFFFFFFFFFFFFFF"));
        assertEquals(1.8446744073709552E19, numberValue("0b" + "1".repeat(64)));
        assertEquals(Long.MAX_VALUE, numberValue("0777777777777777777777"));
        assertEquals(9.223372036854775808E18, numberValue("01000000000000000000000"));
        assertEquals(1.5, numberValue("1.5"));
        assertEquals(0.5, numberValue(".5"));
        assertEquals(1.0, numberValue("1."));
        assertEquals(1000.0, numberValue("1e3"));
        assertEquals(10.5, numberValue("1_0.5"));
        assertEquals(0L, numberValue("0x0"));
        ParseError e = assertThrows(ParseError.class, () -> numberValue("0789"));
        assertEquals("Invalid numeric literal", e.getMessage());
    }

    @Test
    void numberFollowedByLabelSplits() {
        assertEquals("T_OPEN_TAG@1 T_LNUMBER@1 T_STRING@1 T_WHITESPACE@1 T_LNUMBER@1 T_STRING@1 T_WHITESPACE@1 T_DNUMBER@1 T_DNUMBER@1",
                tokens("<?php 0x 1_ 1..2"));
    }

    @Test
    void everyByteRoundTripsThroughSingleQuotedString() {
        ByteArrayOutputStream src = new ByteArrayOutputStream();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        src.writeBytes(b("<?php '"));
        for (int i = 0; i < 256; i++) {
            if (i == '\'' || i == '\\') {
                src.write('\\');
            }
            src.write(i);
            expected.write(i);
        }
        src.write('\'');
        assertArrayEquals(expected.toByteArray(), stringValue(src.toByteArray()));
    }

    @Test
    void everyByteRoundTripsThroughDoubleQuotedStringAndHeredoc() {
        for (String[] quote : new String[][] {{"\"", "\""}, {"<<<EOT\n", "\nEOT;\n"}, {"<<<'EOT'\n", "\nEOT;\n"}}) {
            ByteArrayOutputStream src = new ByteArrayOutputStream();
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            src.writeBytes(b("<?php " + quote[0]));
            boolean nowdoc = quote[0].contains("'");
            for (int i = 0; i < 256; i++) {
                if (i == '\n' || i == '\r') {
                    continue; // newlines would be taken for a closing-marker line
                }
                if (!nowdoc && (i == '"' || i == '\\' || i == '$' || i == '{')) {
                    src.write('\\');
                    if (i == '{') {
                        expected.write('\\');
                    }
                }
                if (i == '"' && !nowdoc && !quote[0].equals("\"")) {
                    expected.write('\\');
                }
                src.write(i);
                expected.write(i);
            }
            src.writeBytes(b(quote[1]));
            assertArrayEquals(expected.toByteArray(), stringValue(src.toByteArray()), quote[0]);
        }
    }

    @Test
    void doubleQuoteEscapes() {
        assertArrayEquals(new byte[] {'\n', '\t', '\r', 0x0b, 0x1b, '\f', '\\', '$', '"', 0, 'S', (byte) 0xff, 'A', 'A', 'z'},
                stringValue(b("<?php \"\\n\\t\\r\\v\\e\\f\\\\\\$\\\"\\0\\123\\777\\x41\\X41\\x7a\"")));
        assertArrayEquals(b("\\q\\x\\u12\\'"), stringValue(b("<?php \"\\q\\x\\u12\\'\"")));
        assertArrayEquals(new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, 'A', (byte) 0xC3, (byte) 0xA9},
                stringValue(b("<?php \"\\u{1F600}\\u{41}\\u{e9}\"")));
        assertArrayEquals(b("a\\'b\\c"), stringValue(b("<?php 'a\\\\\\'b\\c'")));
    }

    @Test
    void octalOverflowWarns() {
        ZendLanguageScanner s = new ZendLanguageScanner(b("<?php\n\n\"\\400\""), ZendLanguageScanner.Options.DEFAULT);
        s.setParserMode(true);
        while (s.next().kind() != TokenKind.END) {
            // scan everything
        }
        assertEquals(List.of(new CompileDiagnostic(CompileDiagnostic.Level.WARNING,
                "Octal escape sequence overflow \\400 is greater than \\377", 3)), s.diagnostics());
    }

    @Test
    void interpolationTokens() {
        assertEquals("T_OPEN_TAG@1 '\"'@1 T_ENCAPSED_AND_WHITESPACE@1 T_VARIABLE@1 '['@1 T_NUM_STRING@1 ']'@1 T_ENCAPSED_AND_WHITESPACE@1 "
                        + "T_CURLY_OPEN@1 T_VARIABLE@1 '}'@1 T_DOLLAR_OPEN_CURLY_BRACES@1 T_STRING_VARNAME@1 '}'@1 T_VARIABLE@1 '['@1 '-'@1 T_NUM_STRING@1 ']'@1 '\"'@1",
                tokens("<?php \"a $b[0] {$c}${d}$e[-1]\""));
        assertEquals("T_OPEN_TAG@1 '`'@1 T_ENCAPSED_AND_WHITESPACE@1 T_VARIABLE@1 '`'@1", tokens("<?php `ls $d`"));
    }

    @Test
    void heredocIndentationIsRemovedFromEveryPart() {
        String src = "<?php <<<EOT\n    a\n      b $x\n    c\n    EOT;";
        ZendLanguageScanner s = new ZendLanguageScanner(b(src), ZendLanguageScanner.Options.DEFAULT);
        s.setParserMode(true);
        List<String> parts = new ArrayList<>();
        for (Token t = s.next(); t.kind() != TokenKind.END; t = s.next()) {
            if (t.kind() == TokenKind.T_ENCAPSED_AND_WHITESPACE) {
                parts.add(new String(t.bytes(), StandardCharsets.ISO_8859_1));
            }
            if (t.kind() == TokenKind.T_END_HEREDOC) {
                assertEquals(5, t.line());
                assertEquals("    EOT", t.textAsString());
            }
        }
        assertEquals(List.of("a\n  b ", "\nc"), parts);
        assertArrayEquals(b("x\n\ny"), stringValue(b("<?php <<<'E'\n  x\n\n  y\n  E;\n")));
    }

    @Test
    void heredocIndentationErrors() {
        ParseError e = assertThrows(ParseError.class, () -> stringValue(b("<?php <<<E\n  a\n b\n  E;\n")));
        assertEquals("Invalid body indentation level (expecting an indentation level of at least 2)", e.getMessage());
        assertEquals(3, e.line());
        e = assertThrows(ParseError.class, () -> stringValue(b("<?php <<<E\n\ta\n  E;\n")));
        assertEquals("Invalid indentation - tabs and spaces cannot be mixed", e.getMessage());
    }

    @Test
    void nestingErrors() {
        ZendLanguageScanner s = new ZendLanguageScanner(b("<?php (\n]"), ZendLanguageScanner.Options.DEFAULT);
        s.setParserMode(true);
        s.next();
        s.next();
        s.next();
        ParseError e = assertThrows(ParseError.class, s::next);
        assertEquals("Unclosed '(' on line 1 does not match ']'", e.getMessage());
        assertEquals(2, e.line());
    }
}
