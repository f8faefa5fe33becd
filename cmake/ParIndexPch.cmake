# Precompiled headers: most of the compile time of a source of ours went into parsing Qt's headers again. Six
# small donor targets precompile cmake/pch/*.h once per build; every target of ours that links the policy reuses
# the one that matches what it links (Qt Core only, Gui, or Widgets; a QtTest program or not). GCC rejects a
# precompiled header made with other Qt macros (QTest's headers test QT_GUI_LIB and QT_WIDGETS_LIB), and the
# build has -Winvalid-pch with -Werror, so a wrong match is a build error, never a silent slow build.
# Include what you use all the same: a build with -DPARINDEX_PCH=OFF checks that every source compiles on its own.
# ccache: a precompiled header is cached only with sloppiness pch_defines,time_macros (set below for a ccache
# launcher; for ccache used another way, `ccache --set-config sloppiness=pch_defines,time_macros,include_file_mtime,include_file_ctime`).
option(PARINDEX_PCH "Precompile Qt's headers (cmake/pch/)" ON)

set(parindex_pch_dir ${CMAKE_CURRENT_LIST_DIR}/pch)
# Qt6::Test defines these per folder, and QTest's headers test them: one precompiled header for all tests needs
# them gone. They serve QFINDTESTDATA alone, which no test of ours uses (PARINDEX_TEST_DATA names the data).
set(parindex_pch_test_options -UQT_TESTCASE_BUILDDIR -UQT_TESTCASE_SOURCEDIR)

# The Qt modules whose compile definitions reach `target`'s sources: its own links, then its links' interface
# links; $<LINK_ONLY:...> (a static library's private link) carries no definitions and is skipped.
function(parindex_qt_closure target out)
    get_target_property(pending ${target} LINK_LIBRARIES)
    set(seen)
    while(pending)
        list(POP_FRONT pending lib)
        if(NOT lib OR lib MATCHES "^\\$<" OR lib IN_LIST seen)
            continue()
        endif()
        list(APPEND seen ${lib})
        if(NOT TARGET ${lib}) # an imported target of another folder (Qt6::Test of tests/), or a plain library
            continue()
        endif()
        get_target_property(aliased ${lib} ALIASED_TARGET)
        if(aliased)
            list(APPEND pending ${aliased})
            continue()
        endif()
        get_target_property(next ${lib} INTERFACE_LINK_LIBRARIES)
        if(next)
            list(APPEND pending ${next})
        endif()
    endwhile()
    set(${out} ${seen} PARENT_SCOPE)
endfunction()

function(parindex_pch_kind target out)
    parindex_qt_closure(${target} libs)
    if(Qt6::Widgets IN_LIST libs)
        set(kind widgets)
    elseif(Qt6::Gui IN_LIST libs)
        set(kind gui)
    else()
        set(kind core)
    endif()
    if(Qt6::Test IN_LIST libs)
        string(APPEND kind _test)
    endif()
    set(${out} ${kind} PARENT_SCOPE)
endfunction()

function(parindex_pch_donor kind)
    set(donor parindex_pch_${kind})
    if(TARGET ${donor})
        return()
    endif()
    set(source ${CMAKE_BINARY_DIR}/pch/${kind}.cpp)
    file(CONFIGURE OUTPUT ${source} CONTENT "// The donor of the precompiled header ${kind} (cmake/ParIndexPch.cmake).\n")
    add_library(${donor} OBJECT ${source})
    string(REPLACE "_test" "" qt_kind ${kind})
    set(libs Qt6::Core)
    if(qt_kind STREQUAL gui)
        list(APPEND libs Qt6::Gui)
    elseif(qt_kind STREQUAL widgets)
        list(APPEND libs Qt6::Gui Qt6::Widgets)
    endif()
    set(headers ${parindex_pch_dir}/${qt_kind}.h)
    if(kind MATCHES "_test$")
        find_package(Qt6 REQUIRED COMPONENTS Test)
        list(APPEND libs Qt6::Test)
        list(APPEND headers ${parindex_pch_dir}/test.h)
        target_compile_options(${donor} PRIVATE ${parindex_pch_test_options} ${parindex_test_compile_options})
    endif()
    target_link_libraries(${donor} PRIVATE ${libs} parindex_policy)
    set_target_properties(${donor} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    target_precompile_headers(${donor} PRIVATE ${headers})
endfunction()

# Every target under `dir` that links the policy and compiles C++ of ours reuses its kind's precompiled header.
function(parindex_precompile_all dir)
    if(NOT PARINDEX_PCH)
        return()
    endif()
    get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        if(NOT type MATCHES "^(EXECUTABLE|STATIC_LIBRARY|SHARED_LIBRARY|OBJECT_LIBRARY|MODULE_LIBRARY)$"
           OR target MATCHES "^parindex_pch_")
            continue()
        endif()
        get_target_property(links ${target} LINK_LIBRARIES)
        if(NOT "parindex_policy" IN_LIST links)
            continue()
        endif()
        parindex_pch_kind(${target} kind)
        parindex_pch_donor(${kind})
        if(kind MATCHES "_test$")
            target_compile_options(${target} PRIVATE ${parindex_pch_test_options})
        endif()
        target_precompile_headers(${target} REUSE_FROM parindex_pch_${kind})
        # A program's mocs_compilation.cpp is empty (no header of a test or a program declares a QObject), and
        # loading a precompiled header costs more than compiling nothing.
        get_target_property(automoc ${target} AUTOMOC)
        if(type STREQUAL EXECUTABLE AND automoc)
            get_target_property(binary_dir ${target} BINARY_DIR)
            set_source_files_properties(${binary_dir}/${target}_autogen/mocs_compilation.cpp
                TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
        endif()
    endforeach()
    get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    foreach(sub IN LISTS subdirs)
        parindex_precompile_all(${sub})
    endforeach()
endfunction()

# A ccache launcher caches compiles that use a precompiled header only with this sloppiness.
if(PARINDEX_PCH)
    foreach(lang C CXX)
        if(CMAKE_${lang}_COMPILER_LAUNCHER MATCHES "ccache$" AND NOT CMAKE_${lang}_COMPILER_LAUNCHER MATCHES "SLOPPINESS")
            set(CMAKE_${lang}_COMPILER_LAUNCHER env
                CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
                ${CMAKE_${lang}_COMPILER_LAUNCHER})
        endif()
    endforeach()
endif()
