// Makes clang crash in its frontend, on purpose.
#pragma clang __debug crash
