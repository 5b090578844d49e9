# SPDX-FileCopyrightText: 2026 Userdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# ctest translations_complete: runs lupdate over the client's sources, as `cmake --build build --target
# update_translations` does, into a copy of each checked .ts file, and fails when a visible string has no
# translation — a string added to the code without its German, or a translation marked unfinished.
#   cmake -DLUPDATE=… -DGENERATOR=…/GenerateLUpdateProject.cmake -DPROJECT_IN=…/userdesk_project.cmake
#         -DWORK_DIR=… -DTS_FILES="a.ts;b.ts" -P checktranslations.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK_DIR}/project.json
                        -P "${GENERATOR}"
                RESULT_VARIABLE generated)
if(NOT generated EQUAL 0)
    message(FATAL_ERROR "could not make the lupdate project file")
endif()
set(failed "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    configure_file("${ts}" "${WORK_DIR}/${name}" COPYONLY)
    execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" -locations none -no-obsolete
                            -ts "${WORK_DIR}/${name}"
                    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE updated)
    if(NOT updated EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}: ${err}")
    endif()
    file(READ "${WORK_DIR}/${name}" content)
    string(REPLACE ";" "," content "${content}") # a CMake list separator inside the texts (&amp;) would split them
    # Every <message> whose translation is still unfinished, with its source text.
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\""
           unfinished "${content}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        list(APPEND failed "${name}: ${count} string(s) without a translation:")
        foreach(entry IN LISTS unfinished)
            string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" source "${entry}")
            list(APPEND failed "    ${source}")
        endforeach()
    else()
        message(STATUS "${name}: every string is translated")
    endif()
endforeach()
if(failed)
    string(REPLACE ";" "\n" text "${failed}")
    message(FATAL_ERROR "${text}\nRun `cmake --build build --target update_translations` and translate them.")
endif()
