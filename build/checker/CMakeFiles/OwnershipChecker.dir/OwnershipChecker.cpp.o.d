checker/CMakeFiles/OwnershipChecker.dir/OwnershipChecker.cpp.o: \
 /work/main/checker/OwnershipChecker.cpp /usr/include/stdc-predef.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/BugReporter/BugReporter.h \
 /usr/lib/llvm-19/include/clang/Analysis/PathDiagnostic.h \
 /usr/lib/llvm-19/include/clang/AST/Stmt.h \
 /usr/lib/llvm-19/include/clang/AST/APValue.h \
 /usr/lib/llvm-19/include/clang/Basic/LLVM.h \
 /usr/include/llvm-19/llvm/Support/Casting.h \
 /usr/include/llvm-19/llvm/Support/Compiler.h \
 /usr/include/llvm-19/llvm/Config/llvm-config.h \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h \
 /usr/include/llvm-19/llvm/Support/type_traits.h \
 /usr/include/c++/12/type_traits \
 /usr/include/x86_64-linux-gnu/c++/12/bits/c++config.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/os_defines.h \
 /usr/include/features.h /usr/include/features-time64.h \
 /usr/include/x86_64-linux-gnu/bits/wordsize.h \
 /usr/include/x86_64-linux-gnu/bits/timesize.h \
 /usr/include/x86_64-linux-gnu/sys/cdefs.h \
 /usr/include/x86_64-linux-gnu/bits/long-double.h \
 /usr/include/x86_64-linux-gnu/gnu/stubs.h \
 /usr/include/x86_64-linux-gnu/gnu/stubs-64.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/cpu_defines.h \
 /usr/include/c++/12/pstl/pstl_config.h /usr/include/c++/12/utility \
 /usr/include/c++/12/bits/stl_relops.h \
 /usr/include/c++/12/bits/stl_pair.h /usr/include/c++/12/bits/move.h \
 /usr/include/c++/12/bits/utility.h /usr/include/c++/12/initializer_list \
 /usr/include/c++/12/cassert /usr/include/assert.h \
 /usr/include/c++/12/memory /usr/include/c++/12/bits/stl_algobase.h \
 /usr/include/c++/12/bits/functexcept.h \
 /usr/include/c++/12/bits/exception_defines.h \
 /usr/include/c++/12/bits/cpp_type_traits.h \
 /usr/include/c++/12/ext/type_traits.h \
 /usr/include/c++/12/ext/numeric_traits.h \
 /usr/include/c++/12/bits/stl_iterator_base_types.h \
 /usr/include/c++/12/bits/stl_iterator_base_funcs.h \
 /usr/include/c++/12/bits/concept_check.h \
 /usr/include/c++/12/debug/assertions.h \
 /usr/include/c++/12/bits/stl_iterator.h \
 /usr/include/c++/12/bits/ptr_traits.h /usr/include/c++/12/debug/debug.h \
 /usr/include/c++/12/bits/predefined_ops.h \
 /usr/include/c++/12/bits/allocator.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/c++allocator.h \
 /usr/include/c++/12/bits/new_allocator.h /usr/include/c++/12/new \
 /usr/include/c++/12/bits/exception.h \
 /usr/include/c++/12/bits/memoryfwd.h \
 /usr/include/c++/12/bits/stl_construct.h \
 /usr/include/c++/12/bits/stl_uninitialized.h \
 /usr/include/c++/12/ext/alloc_traits.h \
 /usr/include/c++/12/bits/alloc_traits.h \
 /usr/include/c++/12/bits/stl_tempbuf.h \
 /usr/include/c++/12/bits/stl_raw_storage_iter.h \
 /usr/include/c++/12/bits/align.h /usr/include/c++/12/bit \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/stdint.h /usr/include/stdint.h \
 /usr/include/x86_64-linux-gnu/bits/libc-header-start.h \
 /usr/include/x86_64-linux-gnu/bits/types.h \
 /usr/include/x86_64-linux-gnu/bits/typesizes.h \
 /usr/include/x86_64-linux-gnu/bits/time64.h \
 /usr/include/x86_64-linux-gnu/bits/wchar.h \
 /usr/include/x86_64-linux-gnu/bits/stdint-intn.h \
 /usr/include/x86_64-linux-gnu/bits/stdint-uintn.h \
 /usr/include/c++/12/bits/uses_allocator.h \
 /usr/include/c++/12/bits/unique_ptr.h /usr/include/c++/12/tuple \
 /usr/include/c++/12/bits/invoke.h \
 /usr/include/c++/12/bits/stl_function.h \
 /usr/include/c++/12/backward/binders.h \
 /usr/include/c++/12/bits/functional_hash.h \
 /usr/include/c++/12/bits/hash_bytes.h \
 /usr/include/c++/12/bits/shared_ptr.h /usr/include/c++/12/iosfwd \
 /usr/include/c++/12/bits/stringfwd.h /usr/include/c++/12/bits/postypes.h \
 /usr/include/c++/12/cwchar /usr/include/wchar.h \
 /usr/include/x86_64-linux-gnu/bits/floatn.h \
 /usr/include/x86_64-linux-gnu/bits/floatn-common.h \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/stdarg.h \
 /usr/include/x86_64-linux-gnu/bits/types/wint_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/mbstate_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/__mbstate_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/__FILE.h \
 /usr/include/x86_64-linux-gnu/bits/types/FILE.h \
 /usr/include/x86_64-linux-gnu/bits/types/locale_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/__locale_t.h \
 /usr/include/c++/12/bits/shared_ptr_base.h /usr/include/c++/12/typeinfo \
 /usr/include/c++/12/bits/allocated_ptr.h \
 /usr/include/c++/12/bits/refwrap.h \
 /usr/include/c++/12/ext/aligned_buffer.h \
 /usr/include/c++/12/ext/atomicity.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/gthr.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/gthr-default.h \
 /usr/include/pthread.h /usr/include/sched.h \
 /usr/include/x86_64-linux-gnu/bits/types/time_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_timespec.h \
 /usr/include/x86_64-linux-gnu/bits/endian.h \
 /usr/include/x86_64-linux-gnu/bits/endianness.h \
 /usr/include/x86_64-linux-gnu/bits/sched.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_sched_param.h \
 /usr/include/x86_64-linux-gnu/bits/cpu-set.h /usr/include/time.h \
 /usr/include/x86_64-linux-gnu/bits/time.h \
 /usr/include/x86_64-linux-gnu/bits/timex.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_timeval.h \
 /usr/include/x86_64-linux-gnu/bits/types/clock_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_tm.h \
 /usr/include/x86_64-linux-gnu/bits/types/clockid_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/timer_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_itimerspec.h \
 /usr/include/x86_64-linux-gnu/bits/pthreadtypes.h \
 /usr/include/x86_64-linux-gnu/bits/thread-shared-types.h \
 /usr/include/x86_64-linux-gnu/bits/pthreadtypes-arch.h \
 /usr/include/x86_64-linux-gnu/bits/atomic_wide_counter.h \
 /usr/include/x86_64-linux-gnu/bits/struct_mutex.h \
 /usr/include/x86_64-linux-gnu/bits/struct_rwlock.h \
 /usr/include/x86_64-linux-gnu/bits/setjmp.h \
 /usr/include/x86_64-linux-gnu/bits/types/__sigset_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct___jmp_buf_tag.h \
 /usr/include/x86_64-linux-gnu/bits/pthread_stack_min-dynamic.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/atomic_word.h \
 /usr/include/x86_64-linux-gnu/sys/single_threaded.h \
 /usr/include/c++/12/ext/concurrence.h /usr/include/c++/12/exception \
 /usr/include/c++/12/bits/exception_ptr.h \
 /usr/include/c++/12/bits/cxxabi_init_exception.h \
 /usr/include/c++/12/bits/nested_exception.h \
 /usr/include/c++/12/bits/shared_ptr_atomic.h \
 /usr/include/c++/12/bits/atomic_base.h \
 /usr/include/c++/12/bits/atomic_lockfree_defines.h \
 /usr/include/c++/12/backward/auto_ptr.h \
 /usr/include/c++/12/pstl/glue_memory_defs.h \
 /usr/include/c++/12/pstl/execution_defs.h /usr/include/c++/12/optional \
 /usr/include/c++/12/bits/enable_special_members.h \
 /usr/include/llvm-19/llvm/ADT/SmallVector.h \
 /usr/include/c++/12/algorithm /usr/include/c++/12/bits/stl_algo.h \
 /usr/include/c++/12/bits/algorithmfwd.h \
 /usr/include/c++/12/bits/stl_heap.h \
 /usr/include/c++/12/bits/uniform_int_dist.h /usr/include/c++/12/cstdlib \
 /usr/include/stdlib.h /usr/include/x86_64-linux-gnu/bits/waitflags.h \
 /usr/include/x86_64-linux-gnu/bits/waitstatus.h \
 /usr/include/x86_64-linux-gnu/sys/types.h /usr/include/endian.h \
 /usr/include/x86_64-linux-gnu/bits/byteswap.h \
 /usr/include/x86_64-linux-gnu/bits/uintn-identity.h \
 /usr/include/x86_64-linux-gnu/sys/select.h \
 /usr/include/x86_64-linux-gnu/bits/select.h \
 /usr/include/x86_64-linux-gnu/bits/types/sigset_t.h \
 /usr/include/alloca.h \
 /usr/include/x86_64-linux-gnu/bits/stdlib-bsearch.h \
 /usr/include/x86_64-linux-gnu/bits/stdlib-float.h \
 /usr/include/c++/12/bits/std_abs.h \
 /usr/include/c++/12/pstl/glue_algorithm_defs.h \
 /usr/include/c++/12/cstddef /usr/include/c++/12/cstdint \
 /usr/include/c++/12/cstring /usr/include/string.h /usr/include/strings.h \
 /usr/include/c++/12/functional /usr/include/c++/12/bits/std_function.h \
 /usr/include/c++/12/unordered_map /usr/include/c++/12/bits/hashtable.h \
 /usr/include/c++/12/bits/hashtable_policy.h \
 /usr/include/c++/12/bits/node_handle.h \
 /usr/include/c++/12/bits/unordered_map.h \
 /usr/include/c++/12/bits/range_access.h \
 /usr/include/c++/12/bits/erase_if.h /usr/include/c++/12/vector \
 /usr/include/c++/12/bits/stl_vector.h \
 /usr/include/c++/12/bits/stl_bvector.h \
 /usr/include/c++/12/bits/vector.tcc /usr/include/c++/12/array \
 /usr/include/c++/12/compare /usr/include/c++/12/iterator \
 /usr/include/c++/12/bits/stream_iterator.h \
 /usr/include/c++/12/bits/streambuf_iterator.h \
 /usr/include/c++/12/streambuf /usr/include/c++/12/bits/localefwd.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/c++locale.h \
 /usr/include/c++/12/clocale /usr/include/locale.h \
 /usr/include/x86_64-linux-gnu/bits/locale.h /usr/include/c++/12/cctype \
 /usr/include/ctype.h /usr/include/c++/12/bits/ios_base.h \
 /usr/include/c++/12/bits/locale_classes.h /usr/include/c++/12/string \
 /usr/include/c++/12/bits/char_traits.h \
 /usr/include/c++/12/bits/ostream_insert.h \
 /usr/include/c++/12/bits/cxxabi_forced.h \
 /usr/include/c++/12/bits/basic_string.h /usr/include/c++/12/string_view \
 /usr/include/c++/12/bits/string_view.tcc \
 /usr/include/c++/12/ext/string_conversions.h /usr/include/c++/12/cstdio \
 /usr/include/stdio.h /usr/include/x86_64-linux-gnu/bits/types/__fpos_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/__fpos64_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h \
 /usr/include/x86_64-linux-gnu/bits/types/cookie_io_functions_t.h \
 /usr/include/x86_64-linux-gnu/bits/stdio_lim.h \
 /usr/include/x86_64-linux-gnu/bits/stdio.h /usr/include/c++/12/cerrno \
 /usr/include/errno.h /usr/include/x86_64-linux-gnu/bits/errno.h \
 /usr/include/linux/errno.h /usr/include/x86_64-linux-gnu/asm/errno.h \
 /usr/include/asm-generic/errno.h /usr/include/asm-generic/errno-base.h \
 /usr/include/x86_64-linux-gnu/bits/types/error_t.h \
 /usr/include/c++/12/bits/charconv.h \
 /usr/include/c++/12/bits/basic_string.tcc \
 /usr/include/c++/12/bits/locale_classes.tcc \
 /usr/include/c++/12/system_error \
 /usr/include/x86_64-linux-gnu/c++/12/bits/error_constants.h \
 /usr/include/c++/12/stdexcept /usr/include/c++/12/bits/streambuf.tcc \
 /usr/include/c++/12/limits /usr/include/llvm-19/llvm/ADT/APFixedPoint.h \
 /usr/include/llvm-19/llvm/ADT/APSInt.h \
 /usr/include/llvm-19/llvm/ADT/APInt.h \
 /usr/include/llvm-19/llvm/Support/MathExtras.h \
 /usr/include/llvm-19/llvm/ADT/bit.h /usr/include/c++/12/climits \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/limits.h \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/syslimits.h \
 /usr/include/limits.h /usr/include/x86_64-linux-gnu/bits/posix1_lim.h \
 /usr/include/x86_64-linux-gnu/bits/local_lim.h \
 /usr/include/linux/limits.h \
 /usr/include/x86_64-linux-gnu/bits/posix2_lim.h \
 /usr/include/x86_64-linux-gnu/bits/xopen_lim.h \
 /usr/include/x86_64-linux-gnu/bits/uio_lim.h \
 /usr/include/llvm-19/llvm/Support/float128.h \
 /usr/include/llvm-19/llvm/ADT/DenseMapInfo.h \
 /usr/include/llvm-19/llvm/ADT/Hashing.h \
 /usr/include/llvm-19/llvm/Config/abi-breaking.h \
 /usr/include/llvm-19/llvm/Support/DataTypes.h \
 /usr/include/llvm-c-19/llvm-c/DataTypes.h /usr/include/inttypes.h \
 /usr/include/llvm-19/llvm/Support/ErrorHandling.h \
 /usr/include/llvm-19/llvm/Support/SwapByteOrder.h \
 /usr/include/llvm-19/llvm/ADT/STLForwardCompat.h \
 /usr/include/llvm-19/llvm/ADT/SmallString.h \
 /usr/include/llvm-19/llvm/ADT/StringRef.h \
 /usr/include/llvm-19/llvm/ADT/STLFunctionalExtras.h \
 /usr/include/llvm-19/llvm/ADT/iterator_range.h \
 /usr/include/llvm-19/llvm/ADT/ADL.h \
 /usr/include/llvm-19/llvm/Support/raw_ostream.h \
 /usr/include/llvm-19/llvm/ADT/APFloat.h \
 /usr/include/llvm-19/llvm/ADT/ArrayRef.h \
 /usr/include/llvm-19/llvm/ADT/STLExtras.h \
 /usr/include/llvm-19/llvm/ADT/iterator.h \
 /usr/include/llvm-19/llvm/ADT/FloatingPointMode.h \
 /usr/include/llvm-19/llvm/ADT/BitmaskEnum.h \
 /usr/include/llvm-19/llvm/ADT/StringSwitch.h \
 /usr/include/llvm-19/llvm/ADT/FoldingSet.h \
 /usr/include/llvm-19/llvm/Support/Allocator.h \
 /usr/include/llvm-19/llvm/Support/Alignment.h \
 /usr/include/llvm-19/llvm/Support/AllocatorBase.h \
 /usr/include/llvm-19/llvm/Support/MemAlloc.h \
 /usr/include/llvm-19/llvm/Support/xxhash.h \
 /usr/include/llvm-19/llvm/ADT/PointerIntPair.h \
 /usr/include/llvm-19/llvm/Support/PointerLikeTypeTraits.h \
 /usr/include/llvm-19/llvm/ADT/PointerUnion.h \
 /usr/include/llvm-19/llvm/Support/AlignOf.h \
 /usr/lib/llvm-19/include/clang/AST/DeclGroup.h \
 /usr/include/llvm-19/llvm/Support/TrailingObjects.h \
 /usr/lib/llvm-19/include/clang/AST/DependenceFlags.h \
 /usr/lib/llvm-19/include/clang/Basic/BitmaskEnum.h \
 /usr/lib/llvm-19/include/clang/AST/OperationKinds.h \
 /usr/lib/llvm-19/include/clang/AST/OperationKinds.def \
 /usr/lib/llvm-19/include/clang/AST/StmtIterator.h \
 /usr/lib/llvm-19/include/clang/Basic/CapturedStmt.h \
 /usr/lib/llvm-19/include/clang/Basic/IdentifierTable.h \
 /usr/lib/llvm-19/include/clang/Basic/Builtins.h \
 /usr/include/llvm-19/llvm/ADT/StringMap.h \
 /usr/include/llvm-19/llvm/ADT/StringMapEntry.h \
 /usr/lib/llvm-19/include/clang/Basic/BuiltinHeaders.def \
 /usr/lib/llvm-19/include/clang/Basic/Builtins.inc \
 /usr/lib/llvm-19/include/clang/Basic/DiagnosticIDs.h \
 /usr/include/llvm-19/llvm/ADT/IntrusiveRefCntPtr.h \
 /usr/include/c++/12/atomic \
 /usr/lib/llvm-19/include/clang/Basic/DiagnosticCommonKinds.inc \
 /usr/lib/llvm-19/include/clang/Basic/TokenKinds.h \
 /usr/lib/llvm-19/include/clang/Basic/TokenKinds.def \
 /usr/lib/llvm-19/include/clang/Basic/TransformTypeTraits.def \
 /usr/lib/llvm-19/include/clang/Basic/OpenCLImageTypes.def \
 /usr/lib/llvm-19/include/clang/Basic/RegularKeywordAttrInfo.inc \
 /usr/lib/llvm-19/include/clang/Basic/Lambda.h \
 /usr/lib/llvm-19/include/clang/Basic/LangOptions.h \
 /usr/lib/llvm-19/include/clang/Basic/CommentOptions.h \
 /usr/lib/llvm-19/include/clang/Basic/LangStandard.h \
 /usr/lib/llvm-19/include/clang/Basic/LangStandards.def \
 /usr/lib/llvm-19/include/clang/Basic/ObjCRuntime.h \
 /usr/include/llvm-19/llvm/Support/HashBuilder.h \
 /usr/include/llvm-19/llvm/Support/Endian.h \
 /usr/include/llvm-19/llvm/Support/VersionTuple.h \
 /usr/include/llvm-19/llvm/TargetParser/Triple.h \
 /usr/include/llvm-19/llvm/ADT/Twine.h \
 /usr/lib/llvm-19/include/clang/Basic/Sanitizers.h \
 /usr/include/llvm-19/llvm/Transforms/Instrumentation/AddressSanitizerOptions.h \
 /usr/lib/llvm-19/include/clang/Basic/Sanitizers.def \
 /usr/lib/llvm-19/include/clang/Basic/TargetCXXABI.h \
 /usr/include/c++/12/map /usr/include/c++/12/bits/stl_tree.h \
 /usr/include/c++/12/bits/stl_map.h \
 /usr/include/c++/12/bits/stl_multimap.h \
 /usr/lib/llvm-19/include/clang/Basic/TargetCXXABI.def \
 /usr/lib/llvm-19/include/clang/Basic/Visibility.h \
 /usr/lib/llvm-19/include/clang/Basic/Linkage.h \
 /usr/lib/llvm-19/include/clang/Basic/LangOptions.def \
 /usr/lib/llvm-19/include/clang/Basic/FPOptions.def \
 /usr/lib/llvm-19/include/clang/Basic/OperatorKinds.h \
 /usr/lib/llvm-19/include/clang/Basic/OperatorKinds.def \
 /usr/lib/llvm-19/include/clang/Basic/SourceLocation.h \
 /usr/lib/llvm-19/include/clang/Basic/FileEntry.h \
 /usr/lib/llvm-19/include/clang/Basic/CustomizableOptional.h \
 /usr/lib/llvm-19/include/clang/Basic/DirectoryEntry.h \
 /usr/include/llvm-19/llvm/Support/ErrorOr.h \
 /usr/include/llvm-19/llvm/Support/FileSystem/UniqueID.h \
 /usr/lib/llvm-19/include/clang/Basic/Specifiers.h \
 /usr/lib/llvm-19/include/clang/Basic/TypeTraits.h \
 /usr/lib/llvm-19/include/clang/AST/StmtNodes.inc \
 /usr/lib/llvm-19/include/clang/Analysis/AnalysisDeclContext.h \
 /usr/lib/llvm-19/include/clang/AST/DeclBase.h \
 /usr/lib/llvm-19/include/clang/AST/ASTDumperUtils.h \
 /usr/lib/llvm-19/include/clang/AST/AttrIterator.h \
 /usr/lib/llvm-19/include/clang/AST/DeclID.h \
 /usr/lib/llvm-19/include/clang/AST/DeclarationName.h \
 /usr/lib/llvm-19/include/clang/AST/Type.h \
 /usr/lib/llvm-19/include/clang/AST/NestedNameSpecifier.h \
 /usr/lib/llvm-19/include/clang/Basic/Diagnostic.h \
 /usr/lib/llvm-19/include/clang/Basic/DiagnosticOptions.h \
 /usr/lib/llvm-19/include/clang/Basic/DiagnosticOptions.def \
 /usr/include/llvm-19/llvm/ADT/DenseMap.h \
 /usr/include/llvm-19/llvm/ADT/EpochTracker.h \
 /usr/include/llvm-19/llvm/Support/ReverseIteration.h \
 /usr/include/c++/12/list /usr/include/c++/12/bits/stl_list.h \
 /usr/include/c++/12/bits/list.tcc \
 /usr/lib/llvm-19/include/clang/AST/TemplateName.h \
 /usr/lib/llvm-19/include/clang/Basic/AddressSpaces.h \
 /usr/lib/llvm-19/include/clang/Basic/AttrKinds.h \
 /usr/lib/llvm-19/include/clang/Basic/AttrList.inc \
 /usr/lib/llvm-19/include/clang/Basic/ExceptionSpecificationType.h \
 /usr/lib/llvm-19/include/clang/Basic/PartialDiagnostic.h \
 /usr/lib/llvm-19/include/clang/Basic/PointerAuthOptions.h \
 /usr/include/llvm-19/llvm/Target/TargetOptions.h \
 /usr/include/llvm-19/llvm/MC/MCTargetOptions.h \
 /usr/include/llvm-19/llvm/Support/Compression.h \
 /usr/lib/llvm-19/include/clang/AST/TypeNodes.inc \
 /usr/lib/llvm-19/include/clang/Basic/OpenCLExtensionTypes.def \
 /usr/lib/llvm-19/include/clang/Basic/AArch64SVEACLETypes.def \
 /usr/lib/llvm-19/include/clang/Basic/PPCTypes.def \
 /usr/lib/llvm-19/include/clang/Basic/RISCVVTypes.def \
 /usr/lib/llvm-19/include/clang/Basic/WebAssemblyReferenceTypes.def \
 /usr/lib/llvm-19/include/clang/Basic/AMDGPUTypes.def \
 /usr/lib/llvm-19/include/clang/AST/BuiltinTypes.def \
 /usr/lib/llvm-19/include/clang/AST/SelectorLocationsKind.h \
 /usr/include/llvm-19/llvm/Support/PrettyStackTrace.h \
 /usr/lib/llvm-19/include/clang/AST/DeclNodes.inc \
 /usr/lib/llvm-19/include/clang/Analysis/BodyFarm.h \
 /usr/lib/llvm-19/include/clang/Analysis/CFG.h \
 /usr/lib/llvm-19/include/clang/AST/Attr.h \
 /usr/lib/llvm-19/include/clang/AST/ASTFwd.h \
 /usr/include/llvm-19/llvm/Frontend/OpenMP/OMP.inc \
 /usr/lib/llvm-19/include/clang/AST/Decl.h \
 /usr/lib/llvm-19/include/clang/AST/APNumericStorage.h \
 /usr/lib/llvm-19/include/clang/AST/ASTContextAllocate.h \
 /usr/lib/llvm-19/include/clang/AST/DeclAccessPair.h \
 /usr/lib/llvm-19/include/clang/AST/ExternalASTSource.h \
 /usr/lib/llvm-19/include/clang/AST/CharUnits.h \
 /usr/lib/llvm-19/include/clang/AST/Redeclarable.h \
 /usr/lib/llvm-19/include/clang/Basic/PragmaKinds.h \
 /usr/lib/llvm-19/include/clang/Basic/AttributeCommonInfo.h \
 /usr/lib/llvm-19/include/clang/Sema/AttrParsedAttrList.inc \
 /usr/lib/llvm-19/include/clang/Basic/OpenMPKinds.h \
 /usr/include/llvm-19/llvm/Frontend/OpenMP/OMPConstants.h \
 /usr/include/llvm-19/llvm/Frontend/OpenMP/OMP.h \
 /usr/include/llvm-19/llvm/Frontend/OpenMP/OMP.h.inc \
 /usr/include/llvm-19/llvm/Frontend/OpenMP/OMPKinds.def \
 /usr/include/llvm-19/llvm/Frontend/OpenMP/OMPDeviceConstants.h \
 /usr/lib/llvm-19/include/clang/Basic/OpenMPKinds.def \
 /usr/include/llvm-19/llvm/Frontend/HLSL/HLSLResource.h \
 /usr/include/llvm-19/llvm/Support/DXILABI.h \
 /usr/include/llvm-19/llvm/Support/CodeGen.h \
 /usr/lib/llvm-19/include/clang/AST/Attrs.inc \
 /usr/lib/llvm-19/include/clang/AST/ExprCXX.h \
 /usr/lib/llvm-19/include/clang/AST/ASTConcept.h \
 /usr/lib/llvm-19/include/clang/AST/TemplateBase.h \
 /usr/lib/llvm-19/include/clang/AST/ComputeDependence.h \
 /usr/lib/llvm-19/include/clang/AST/DeclCXX.h \
 /usr/lib/llvm-19/include/clang/AST/ASTUnresolvedSet.h \
 /usr/lib/llvm-19/include/clang/AST/ASTVector.h \
 /usr/lib/llvm-19/include/clang/AST/UnresolvedSet.h \
 /usr/lib/llvm-19/include/clang/AST/Expr.h \
 /usr/lib/llvm-19/include/clang/Basic/CharInfo.h \
 /usr/lib/llvm-19/include/clang/Basic/SyncScope.h \
 /usr/include/llvm-19/llvm/Support/AtomicOrdering.h \
 /usr/lib/llvm-19/include/clang/AST/LambdaCapture.h \
 /usr/lib/llvm-19/include/clang/AST/TypeLoc.h \
 /usr/lib/llvm-19/include/clang/AST/TypeLocNodes.def \
 /usr/include/llvm-19/llvm/ADT/TinyPtrVector.h \
 /usr/lib/llvm-19/include/clang/AST/CXXRecordDeclDefinitionBits.def \
 /usr/lib/llvm-19/include/clang/AST/DeclTemplate.h \
 /usr/lib/llvm-19/include/clang/AST/ASTContext.h \
 /usr/lib/llvm-19/include/clang/AST/CanonicalType.h \
 /usr/lib/llvm-19/include/clang/AST/CommentCommandTraits.h \
 /usr/lib/llvm-19/include/clang/AST/CommentCommandList.inc \
 /usr/lib/llvm-19/include/clang/AST/ComparisonCategories.h \
 /usr/lib/llvm-19/include/clang/AST/PrettyPrinter.h \
 /usr/lib/llvm-19/include/clang/AST/RawCommentList.h \
 /usr/include/llvm-19/llvm/ADT/DenseSet.h \
 /usr/include/llvm-19/llvm/ADT/MapVector.h \
 /usr/include/llvm-19/llvm/ADT/StringSet.h \
 /usr/include/llvm-19/llvm/Support/TypeSize.h \
 /usr/lib/llvm-19/include/clang/AST/StmtCXX.h \
 /usr/lib/llvm-19/include/clang/Basic/ExpressionTraits.h \
 /usr/lib/llvm-19/include/clang/AST/ExprObjC.h \
 /usr/lib/llvm-19/include/clang/AST/DeclObjC.h \
 /usr/lib/llvm-19/include/clang/AST/DeclObjCCommon.h \
 /usr/lib/llvm-19/include/clang/Analysis/ConstructionContext.h \
 /usr/lib/llvm-19/include/clang/Analysis/Support/BumpVector.h \
 /usr/include/llvm-19/llvm/ADT/GraphTraits.h /usr/include/c++/12/bitset \
 /usr/lib/llvm-19/include/clang/Analysis/CodeInjector.h \
 /usr/include/c++/12/deque /usr/include/c++/12/bits/stl_deque.h \
 /usr/include/c++/12/bits/deque.tcc /usr/include/c++/12/set \
 /usr/include/c++/12/bits/stl_set.h \
 /usr/include/c++/12/bits/stl_multiset.h \
 /usr/lib/llvm-19/include/clang/Lex/Preprocessor.h \
 /usr/lib/llvm-19/include/clang/Basic/Module.h \
 /usr/include/llvm-19/llvm/ADT/SetVector.h /usr/include/c++/12/ctime \
 /usr/include/c++/12/variant /usr/include/c++/12/bits/parse_numbers.h \
 /usr/lib/llvm-19/include/clang/Basic/SourceManager.h \
 /usr/lib/llvm-19/include/clang/Basic/FileManager.h \
 /usr/lib/llvm-19/include/clang/Basic/FileSystemOptions.h \
 /usr/include/llvm-19/llvm/Support/FileSystem.h \
 /usr/include/llvm-19/llvm/Support/Chrono.h \
 /usr/include/llvm-19/llvm/Support/FormatProviders.h \
 /usr/include/llvm-19/llvm/Support/FormatVariadicDetails.h \
 /usr/include/llvm-19/llvm/Support/NativeFormatting.h \
 /usr/include/c++/12/chrono /usr/include/c++/12/bits/chrono.h \
 /usr/include/c++/12/ratio /usr/include/llvm-19/llvm/Support/Error.h \
 /usr/include/llvm-c-19/llvm-c/Error.h \
 /usr/include/llvm-c-19/llvm-c/ExternC.h \
 /usr/include/llvm-19/llvm/Support/Debug.h \
 /usr/include/llvm-19/llvm/Support/Format.h \
 /usr/include/llvm-19/llvm/Support/MD5.h \
 /usr/include/llvm-19/llvm/Support/VirtualFileSystem.h \
 /usr/include/llvm-19/llvm/Support/Errc.h \
 /usr/include/llvm-19/llvm/Support/ExtensibleRTTI.h \
 /usr/include/llvm-19/llvm/Support/Path.h \
 /usr/include/llvm-19/llvm/Support/SourceMgr.h \
 /usr/include/llvm-19/llvm/Support/MemoryBuffer.h \
 /usr/include/llvm-c-19/llvm-c/Types.h \
 /usr/include/llvm-19/llvm/Support/CBindingWrapping.h \
 /usr/include/llvm-19/llvm/Support/MemoryBufferRef.h \
 /usr/include/llvm-19/llvm/Support/SMLoc.h \
 /usr/include/llvm-19/llvm/ADT/BitVector.h \
 /usr/include/llvm-19/llvm/ADT/PagedVector.h \
 /usr/lib/llvm-19/include/clang/Lex/HeaderSearch.h \
 /usr/lib/llvm-19/include/clang/Lex/DirectoryLookup.h \
 /usr/lib/llvm-19/include/clang/Lex/ModuleMap.h \
 /usr/lib/llvm-19/include/clang/Lex/ExternalPreprocessorSource.h \
 /usr/lib/llvm-19/include/clang/Lex/HeaderMap.h \
 /usr/lib/llvm-19/include/clang/Lex/HeaderMapTypes.h \
 /usr/lib/llvm-19/include/clang/Lex/Lexer.h \
 /usr/lib/llvm-19/include/clang/Lex/DependencyDirectivesScanner.h \
 /usr/lib/llvm-19/include/clang/Lex/PreprocessorLexer.h \
 /usr/lib/llvm-19/include/clang/Lex/MultipleIncludeOpt.h \
 /usr/lib/llvm-19/include/clang/Lex/Token.h \
 /usr/lib/llvm-19/include/clang/Lex/MacroInfo.h \
 /usr/lib/llvm-19/include/clang/Lex/ModuleLoader.h \
 /usr/lib/llvm-19/include/clang/Lex/PPCallbacks.h \
 /usr/lib/llvm-19/include/clang/Lex/Pragma.h \
 /usr/lib/llvm-19/include/clang/Lex/PPEmbedParameters.h \
 /usr/lib/llvm-19/include/clang/Lex/PPDirectiveParameter.h \
 /usr/lib/llvm-19/include/clang/Lex/TokenLexer.h \
 /usr/include/llvm-19/llvm/ADT/FunctionExtras.h \
 /usr/include/llvm-19/llvm/ADT/SmallPtrSet.h \
 /usr/include/llvm-19/llvm/Support/Registry.h \
 /usr/include/llvm-19/llvm/Support/DynamicLibrary.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/BugReporter/BugReporterVisitors.h \
 /usr/lib/llvm-19/include/clang/Analysis/ProgramPoint.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/PathSensitive/RangedConstraintManager.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/PathSensitive/ProgramState.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/PathSensitive/ConstraintManager.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/PathSensitive/ProgramState_Fwd.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/PathSensitive/SVals.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/PathSensitive/SymExpr.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/PathSensitive/Symbols.def \
 /usr/include/llvm-19/llvm/ADT/ImmutableList.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/PathSensitive/SVals.def \
 /usr/include/llvm-19/llvm/Support/SaveAndRestore.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/PathSensitive/DynamicTypeInfo.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/PathSensitive/Environment.h \
 /usr/include/llvm-19/llvm/ADT/ImmutableMap.h \
 /usr/include/llvm-19/llvm/ADT/ImmutableSet.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/PathSensitive/SValBuilder.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/PathSensitive/BasicValueFactory.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/PathSensitive/APSIntType.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/PathSensitive/StoreRef.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/PathSensitive/MemRegion.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/PathSensitive/Regions.def \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/PathSensitive/SymbolManager.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/PathSensitive/Store.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/PathSensitive/ProgramStateTrait.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/PathSensitive/SimpleConstraintManager.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/BugReporter/BugSuppression.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/BugReporter/BugType.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/BugReporter/CommonBugCategories.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/Checker.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/CheckerManager.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/PathSensitive/ExplodedGraph.h \
 /usr/include/llvm-19/llvm/ADT/DepthFirstIterator.h \
 /usr/include/llvm-19/llvm/ADT/SmallSet.h \
 /usr/include/llvm-19/llvm/ADT/ilist.h \
 /usr/include/llvm-19/llvm/ADT/simple_ilist.h \
 /usr/include/llvm-19/llvm/ADT/ilist_base.h \
 /usr/include/llvm-19/llvm/ADT/ilist_node_base.h \
 /usr/include/llvm-19/llvm/ADT/ilist_iterator.h \
 /usr/include/llvm-19/llvm/ADT/ilist_node.h \
 /usr/include/llvm-19/llvm/ADT/ilist_node_options.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/PathSensitive/AnalysisManager.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/AnalyzerOptions.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/Analyses.def \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/AnalyzerOptions.def \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Checkers/Checkers.inc \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/PathDiagnosticConsumers.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Frontend/CheckerRegistry.h \
 /usr/lib/llvm-19/include/clang/StaticAnalyzer/Core/CheckerRegistryData.h \
 /usr/lib/llvm-19/include/clang/Basic/Version.h \
 /usr/lib/llvm-19/include/clang/Basic/Version.inc
