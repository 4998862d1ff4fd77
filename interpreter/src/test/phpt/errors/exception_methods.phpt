--TEST--
getMessage, getCode, getLine, getPrevious
--FILE--
<?php
try {
    try {
        throw new Exception("inner", 5);
    } catch (Exception $e) {
        throw new RuntimeException("outer", 7, $e);
    }
} catch (Exception $e) {
    echo get_class($e), " ", $e->getMessage(), " ", $e->getCode(), " line ", $e->getLine(), "\n";
    $p = $e->getPrevious();
    echo get_class($p), " ", $p->getMessage(), " ", $p->getCode(), " line ", $p->getLine(), "\n";
}
--EXPECT--
RuntimeException outer 7 line 6
Exception inner 5 line 4
