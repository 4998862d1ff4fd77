--TEST--
return in finally overrides the try's return
--FILE--
<?php
function f() {
    try {
        return "try";
    } finally {
        return "finally";
    }
}
echo f(), "\n";
--EXPECT--
finally
