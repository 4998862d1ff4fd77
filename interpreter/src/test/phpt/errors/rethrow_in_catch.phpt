--TEST--
rethrowing from catch goes to the outer handler
--FILE--
<?php
try {
    try {
        throw new Exception("orig");
    } catch (Exception $e) {
        echo "inner catch\n";
        throw $e;
    } finally {
        echo "inner finally\n";
    }
} catch (Exception $e) {
    echo "outer catch: ", $e->getMessage(), "\n";
}
--EXPECT--
inner catch
inner finally
outer catch: orig
