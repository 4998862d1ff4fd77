--TEST--
three comment styles; ?> ends a line comment
--FILE--
<?php
// line
# hash
/* block
   */ echo "ok\n"; // ?> tail
--EXPECT--
ok
 tail
