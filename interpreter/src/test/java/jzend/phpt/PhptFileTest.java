package jzend.phpt;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class PhptFileTest {
    @Test
    void splitsSectionsAndMatchesLikeRunTests() {
        PhptFile t = PhptFile.parse(Path.of("x.phpt"), """
                --TEST--
                addition
                --INI--
                precision=14
                memory_limit = 2M
                --ENV--
                FOO=bar
                --FILE--
                <?php
                echo 1 + 2, "\\n";
                --EXPECT--
                3
                """);
        assertEquals("addition", t.title());
        assertEquals("<?php\necho 1 + 2, \"\\n\";\n", new String(t.file()));
        assertEquals(java.util.List.of("precision=14", "memory_limit = 2M"), t.ini());
        assertEquals("bar", t.env().get("FOO"));
        assertTrue(t.matches("3\n"));
        assertTrue(t.matches("\r\n3\r\n"), "trimmed, CRLF normalised");
        assertFalse(t.matches("4"));
    }

    @Test
    void argsAreSplitAsTheShellDoes() {
        PhptFile t = PhptFile.parse(Path.of("a.phpt"), """
                --TEST--
                args
                --ARGS--
                first "third arg" 'it''s' a\\ b "q\\"x" 4
                --FILE--
                <?php
                --EXPECT--
                """);
        assertEquals(java.util.List.of("first", "third arg", "its", "a b", "q\"x", "4"), t.args());
    }

    @Test
    void expectfPlaceholders() {
        assertTrue(ExpectF.compile("Warning: Undefined variable $x in %s on line %d").matcher(
                "Warning: Undefined variable $x in /tmp/a b.php on line 3").matches());
        assertFalse(ExpectF.compile("line %d").matcher("line x").matches());
        assertTrue(ExpectF.compile("float(%f) %x %i %c").matcher("float(-1.5E+3) ff -7 z").matches());
        assertTrue(ExpectF.compile("a%Ab").matcher("a\nxx\nb").matches());
        assertTrue(ExpectF.compile("v=%r\\d{3}%r.").matcher("v=123.").matches());
        assertFalse(ExpectF.compile("v=%r\\d{3}%r.").matcher("v=12.").matches());
        assertTrue(ExpectF.compile("(.*) [x]").matcher("(.*) [x]").matches(), "regex characters are literal");
    }

    @Test
    void aFileWithoutExpectationIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> PhptFile.parse(Path.of("y.phpt"), "--TEST--\nx\n--FILE--\n<?php\n"));
    }
}
