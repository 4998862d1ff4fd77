--TEST--
line comments (// and #), block comments, doc comments
--FILE--
<?php
// line comment
# hash comment
/* block
   comment */
/** doc comment */
echo "a"; // trailing
echo "b"; # trailing hash
echo /* inline */ "c\n";
--EXPECT--
abc
