# One INTERFACE target carries the compile policy; every target of ours links it.
add_library(parindex_policy INTERFACE)
add_library(ParIndex::policy ALIAS parindex_policy)
target_compile_features(parindex_policy INTERFACE cxx_std_20)
target_compile_options(parindex_policy INTERFACE -Wall -Wextra -Werror -Wpedantic)
# GCC 12 at -O3 reports std::optional<QString> members moved by std::sort as maybe-uninitialized (a known
# false positive, GCC bug 105562); the other build types keep the warning.
target_compile_options(parindex_policy INTERFACE $<$<AND:$<CXX_COMPILER_ID:GNU>,$<CONFIG:Release>>:-Wno-maybe-uninitialized>)
target_compile_definitions(parindex_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(PARINDEX_SANITIZE)
    target_compile_options(parindex_policy INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(parindex_policy INTERFACE -fsanitize=address,undefined)
endif()
if(PARINDEX_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "PARINDEX_FUZZ needs clang (libFuzzer): CXX=clang++ (and libclang-rt-14-dev)")
    endif()
    target_compile_options(parindex_policy INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(parindex_policy INTERFACE -fsanitize=address,undefined)
endif()

# Linking some eighty programs with debug information: lld (scripts/setup.sh installs it), else gold, takes a
# fraction of ld.bfd's time. PARINDEX_LINKER=bfd (or any -fuse-ld= name) chooses another.
set(PARINDEX_LINKER "" CACHE STRING "The linker, as in -fuse-ld=NAME (empty: lld, else gold, when available)")
set(parindex_linker ${PARINDEX_LINKER})
if(NOT parindex_linker)
    include(CheckLinkerFlag)
    foreach(ld lld gold)
        check_linker_flag(CXX -fuse-ld=${ld} PARINDEX_LINKER_${ld})
        if(PARINDEX_LINKER_${ld})
            set(parindex_linker ${ld})
            break()
        endif()
    endforeach()
endif()
if(parindex_linker)
    target_link_options(parindex_policy INTERFACE -fuse-ld=${parindex_linker})
endif()

# The QtTest programs are glue around the libraries they test, which keep the build's optimisation (-O2 in
# RelWithDebInfo): unoptimised, a test program compiles two to three times faster, which is most of a CI build's
# time on two cores. Their precompiled header (cmake/ParIndexPch.cmake) is made the same way; the sanitizer build is
# unoptimised throughout anyway. PARINDEX_OPTIMISE_TESTS=ON compiles them as everything else.
option(PARINDEX_OPTIMISE_TESTS "Compile the QtTest programs with the build's optimisation" OFF)
set(parindex_test_compile_options)
if(NOT PARINDEX_OPTIMISE_TESTS)
    set(parindex_test_compile_options -O0)
endif()
