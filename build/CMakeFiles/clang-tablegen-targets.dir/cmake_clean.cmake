
# Per-language clean rules from dependency scanning.
foreach(lang )
  include(CMakeFiles/clang-tablegen-targets.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
