--TEST--
the switch subject is evaluated once; case expressions lazily
--FILE--
<?php
function subj() { echo "subject\n"; return 2; }
function c($v) { echo "case $v\n"; return $v; }
switch (subj()) {
    case c(1): echo "one\n"; break;
    case c(2): echo "two\n"; break;
    case c(3): echo "three\n"; break;
}
--EXPECT--
subject
case 1
case 2
two
