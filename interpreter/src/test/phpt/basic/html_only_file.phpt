--TEST--
a file without any PHP tag is just output
--FILE--
Just text, no PHP.
Second line.
--EXPECT--
Just text, no PHP.
Second line.
