# SPDX-FileCopyrightText: 2026 Userdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# ctest layers: every #include of the project's sources against the layer rules of docs/architecture.md. A layer may
# include its own headers and those of the layers below it, never one above; the layers without a user interface
# include no Qt GUI module. Fails with one line per breach: file:line, what it includes, and the rule.
#   cmake -DSOURCE_DIR=… -DQT_HEADERS=/usr/include/x86_64-linux-gnu/qt6 -P checklayers.cmake
cmake_minimum_required(VERSION 3.25)
#
# Layer: folder | project folders it may include | Qt modules it must not include.
set(layers
    "core|app/core|core|QtGui QtWidgets QtNetwork QtCharts QtSql"
    "api|app/api|core api|QtGui QtWidgets QtCharts"
    "models|app/models|core api models|QtGui QtWidgets QtCharts"
    "ui|ui|core api models ui|"
    "server|server|core|QtGui QtWidgets QtCharts")
# Folders of the project whose headers are included as "folder/file.h".
set(project_folders core api models ui)

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
    file(GLOB_RECURSE sources "${SOURCE_DIR}/${folder}/*.cpp" "${SOURCE_DIR}/${folder}/*.h")
    foreach(source IN LISTS sources)
        file(RELATIVE_PATH relative "${SOURCE_DIR}" "${source}")
        get_filename_component(own_dir "${source}" DIRECTORY)
        file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
        math(EXPR checked "${checked} + 1")
        foreach(line IN LISTS lines)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*" "\\1" included "${line}")
            string(REGEX MATCH "^[^/]+" first "${included}")
            if(included MATCHES "/" AND first IN_LIST project_folders)
                if(NOT first IN_LIST allowed)
                    list(APPEND breaches "${relative}: includes ${included}: the ${name} layer may include ${allowed}")
                endif()
                continue()
            endif()
            if(line MATCHES "\"")
                # A quoted include of the file's own folder (the server's style) or one made by uic (ui_*.h).
                if(NOT EXISTS "${own_dir}/${included}" AND NOT included MATCHES "^ui_[a-z0-9]+\\.h$")
                    list(APPEND breaches "${relative}: includes \"${included}\", not a header of its folder")
                endif()
                continue()
            endif()
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
