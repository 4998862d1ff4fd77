package jzend.zend.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Constructs outside jzend's subset that php accepts: jzend reports them as a compile-time
 * "Fatal error: X not supported by jzend" at their first token instead of a wrong parse.
 */
class UnsupportedConstructsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<?php class A {}                      | Classes are not supported by jzend",
        "<?php abstract class A {}             | Classes are not supported by jzend",
        "<?php interface I {}                  | Interfaces are not supported by jzend",
        "<?php trait T {}                      | Traits are not supported by jzend",
        "<?php enum E {}                       | Enums are not supported by jzend",
        "<?php $a = new $c;                    | new with a dynamic class name is not supported by jzend",
        "<?php $b = clone $a;                  | Objects are not supported by jzend",
        "<?php $a->b;                          | Property access is not supported by jzend",
        "<?php $a?->b;                         | Property access is not supported by jzend",
        "<?php A::b();                         | Classes are not supported by jzend",
        "<?php static::$a;                     | Classes are not supported by jzend",
        "<?php $a = new class {};              | Anonymous classes are not supported by jzend",
        "<?php $a->$b();                       | Dynamic property and method names are not supported by jzend",
        "<?php namespace Foo;                  | Namespaces are not supported by jzend",
        "<?php use Foo\\Bar;                    | Use declarations are not supported by jzend",
        "<?php include 'x.php';                | include/require is not supported by jzend",
        "<?php require_once 'x.php';           | include/require is not supported by jzend",
        "<?php eval('1;');                     | eval is not supported by jzend",
        "<?php function f() { yield 1; }       | Generators (yield) are not supported by jzend",
        "<?php goto a;                         | goto is not supported by jzend",
        "<?php a: echo 1;                      | goto labels are not supported by jzend",
        "<?php #[Attr] function f() {}         | Attributes are not supported by jzend",
        "<?php function f(A&B $x) {}           | Intersection types are not supported by jzend",
        "<?php \"$a->b\";                        | Objects are not supported by jzend",
    })
    void reportedAsCompileError(String php, String message) {
        ParseError e = assertThrows(ParseError.class,
                () -> ZendLanguageParser.parse(php.getBytes(StandardCharsets.ISO_8859_1), "t.php"));
        assertEquals(message, e.getMessage());
        assertEquals(ParseError.Kind.COMPILE, e.kind());
        assertEquals(1, e.line());
    }
}
