--TEST--
inline HTML around code, newline after ?> eaten
--FILE--
before
<?php echo "in"; ?>
after
<?php echo 1 ?>x
--EXPECT--
before
inafter
1x
