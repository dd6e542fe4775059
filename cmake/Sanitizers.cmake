# -DEVOVOICE_SANITIZE=ON (scripts/test --sanitize, its own build folder): every target built
# with AddressSanitizer + UndefinedBehaviorSanitizer, frame pointers kept for readable stacks,
# and no recovery: the first report aborts the program, so a test that triggers one fails.
# -O1 -g1 (after the build type's -O2 -g, so they win): an instrumented file compiles in about
# half the time, and the reports still name every function, file and line (docs/benchmarks.md).
option(EVOVOICE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(EVOVOICE_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all -O1 -g1)
    add_link_options(-fsanitize=address,undefined)
endif()
# Instrumented programs run 2-5 times slower: the tests' time limits are scaled with this.
if(EVOVOICE_SANITIZE)
    set(EVOVOICE_TEST_TIMEOUT_SCALE 4)
else()
    set(EVOVOICE_TEST_TIMEOUT_SCALE 1)
endif()
