// Makes clang stop on an LLVM fatal error, on purpose.
#pragma clang __debug llvm_fatal_error
