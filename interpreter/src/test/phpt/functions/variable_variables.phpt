--TEST--
variable variables: reads, writes, elements, ++ and op=, isset/empty/unset, ?? and @, in the main script and in a function (its rebuilt symbol table), undefined ones
--FILE--
<?php
$name = 'indirect';
$v = 'name';
echo $$v, " ", ${$v}, " {${$v}}\n";
$$v = 'changed';
echo $name, "\n";
$k = 'fresh';
$$k = [1];
$$k[] = 2;
var_dump($fresh);
var_dump(isset($$k), isset($$v), empty($$k));
$n = 'num'; $num = 5; $$n++; $$n += 10; echo $num, "\n";
unset($$n);
var_dump(isset($num));
echo @$$n, "|\n";
echo $$n ?? 'default', "\n";
function f($p) {
    $local = 'L';
    $w = 'local';
    echo $$w, "\n";
    $x = 'dyn';
    $$x = 'made';
    echo ${'dyn'}, "\n";
    echo ${'p'}, "\n";
    echo $$x . $$w, "\n";
    echo $$p ?? 'none', "\n";
}
f('local');
echo $undefined_name ?? '', ${'no' . 'pe'} ?? 'quiet', "\n";
echo ${'missing'};
--EXPECTF--
indirect indirect indirect
changed
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
bool(true)
bool(true)
bool(false)
16
bool(false)
|
default
L
made
local
madeL
L
quiet

Warning: Undefined variable $missing in %s on line 30
