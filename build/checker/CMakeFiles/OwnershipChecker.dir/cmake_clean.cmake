file(REMOVE_RECURSE
  "../lib/OwnershipChecker.pdb"
  "../lib/OwnershipChecker.so"
  "CMakeFiles/OwnershipChecker.dir/OwnershipChecker.cpp.o"
  "CMakeFiles/OwnershipChecker.dir/OwnershipChecker.cpp.o.d"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/OwnershipChecker.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
