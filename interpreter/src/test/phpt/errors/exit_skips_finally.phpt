--TEST--
exit does not run finally blocks
--FILE--
<?php
try {
    echo "try\n";
    exit;
} finally {
    echo "finally\n";
}
--EXPECT--
try
