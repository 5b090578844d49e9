# SPDX-FileCopyrightText: 2026 Userdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# ctest layers: every #include of the project's sources against the layer rules of docs/architecture.md. A layer may
# include its own headers and those of the layers below it, never one above; the layers without a user interface
# include no Qt GUI module. Fails with one line per breach: file:line, what it includes, and the rule.
#   cmake -DSOURCE_DIR=… -DQT_HEADERS=/usr/include/x86_64-linux-gnu/qt6 -P checklayers.cmake
cmake_minimum_required(VERSION 3.25)
#
# Layer: name | folder | layers it may include | Qt modules it must not include. A folder of tests, fuzz targets or
# benchmarks is a layer of its own above the others: it may include any of them but the executable's.
set(layers
    "protocol|protocol|protocol|QtGui QtWidgets QtNetwork QtCharts QtSql"
    "state|client/state|protocol state|QtGui QtWidgets QtNetwork QtCharts QtSql"
    "api|client/api|protocol state api|QtGui QtWidgets QtCharts"
    "models|client/models|protocol state api models|QtGui QtWidgets QtCharts"
    "ui|ui|protocol state api models ui|"
    "app|app|protocol state api models ui app|"
    "server|server|protocol server|QtGui QtWidgets QtCharts"
    "tests|tests|protocol state api models ui server tests bench|"
    "fuzz|fuzz|protocol state api models server fuzz|"
    "bench|bench|protocol state api models ui server bench|")

if(NOT IS_DIRECTORY "${SOURCE_DIR}")
    message(FATAL_ERROR "SOURCE_DIR ${SOURCE_DIR} is not a folder")
endif()
# The headers of each forbidden Qt module, by name (<QWidget>, <QtWidgets/QWidget>, <QtWidgets>).
set(qt_modules QtGui QtWidgets QtNetwork QtCharts QtSql)
foreach(module IN LISTS qt_modules)
    set(qt_${module} "")
    if(IS_DIRECTORY "${QT_HEADERS}/${module}")
        file(GLOB names RELATIVE "${QT_HEADERS}/${module}" "${QT_HEADERS}/${module}/Q*")
        set(qt_${module} ${names})
    endif()
endforeach()
if(NOT qt_QtWidgets)
    message(FATAL_ERROR "no Qt Widgets headers under QT_HEADERS=${QT_HEADERS}: the check could not tell them")
endif()

# The layer a project path belongs to: the one whose folder is the longest prefix of it ("" when none).
set(layer_names "")
foreach(layer IN LISTS layers)
    string(REPLACE "|" ";" fields "${layer}")
    list(GET fields 0 name)
    list(GET fields 1 folder)
    list(APPEND layer_names ${name})
    set(folder_of_${name} "${folder}")
endforeach()
function(layer_of path out)
    set(best "")
    set(best_length 0)
    foreach(name IN LISTS layer_names)
        set(folder "${folder_of_${name}}")
        string(LENGTH "${folder}/" length)
        string(SUBSTRING "${path}" 0 ${length} prefix)
        if(prefix STREQUAL "${folder}/" AND length GREATER best_length)
            set(best ${name})
            set(best_length ${length})
        endif()
    endforeach()
    set(${out} "${best}" PARENT_SCOPE)
endfunction()

set(breaches "")
set(checked 0)
foreach(layer IN LISTS layers)
    string(REPLACE "|" ";" fields "${layer}")
    list(GET fields 0 name)
    list(GET fields 1 folder)
    list(GET fields 2 allowed)
    list(GET fields 3 forbidden_qt)
    separate_arguments(allowed)
    separate_arguments(forbidden_qt)
    string(REPLACE ";" ", " allowed_text "${allowed}")
    file(GLOB_RECURSE sources "${SOURCE_DIR}/${folder}/*.cpp" "${SOURCE_DIR}/${folder}/*.h")
    foreach(source IN LISTS sources)
        file(RELATIVE_PATH relative "${SOURCE_DIR}" "${source}")
        # The check's own fixture tree (a project in miniature, with its breaches on purpose).
        if(relative MATCHES "^tests/layers/breaches/")
            continue()
        endif()
        layer_of("${relative}" own_layer)
        if(NOT own_layer STREQUAL name)
            continue() # a sub-folder that is a layer of its own (client/api inside client) is checked as that one
        endif()
        file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
        math(EXPR checked "${checked} + 1")
        foreach(line IN LISTS lines)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*" "\\1" included "${line}")
            if(line MATCHES "\"")
                # One include style: a project header by its path from the source root; only what the build
                # generates (uic's ui_*.h, moc's *.moc) by its file name.
                if(included MATCHES "^ui_[a-z0-9_]+\\.h$" OR included MATCHES "^[a-z0-9_]+\\.moc$")
                    continue()
                endif()
                if(NOT EXISTS "${SOURCE_DIR}/${included}")
                    list(APPEND breaches "${relative}: includes \"${included}\", not a path from the source root")
                    continue()
                endif()
                layer_of("${included}" included_layer)
                if(NOT included_layer IN_LIST allowed)
                    list(APPEND breaches "${relative}: includes ${included}: the ${name} layer may include ${allowed_text}")
                endif()
                continue()
            endif()
            string(REGEX MATCH "^[^/]+" first "${included}")
            foreach(module IN LISTS forbidden_qt)
                if(first STREQUAL module OR (NOT included MATCHES "/" AND included IN_LIST qt_${module}))
                    list(APPEND breaches "${relative}: includes <${included}> of ${module}: the ${name} layer has no ${module}")
                endif()
            endforeach()
        endforeach()
    endforeach()
endforeach()

if(checked EQUAL 0)
    message(FATAL_ERROR "no sources found under ${SOURCE_DIR}")
endif()
list(LENGTH breaches count)
if(count GREATER 0)
    string(REPLACE ";" "\n  " text "${breaches}")
    message(FATAL_ERROR "${count} include(s) break the layer rules of docs/architecture.md:\n  ${text}")
endif()
message(STATUS "${checked} files follow the layer rules")
